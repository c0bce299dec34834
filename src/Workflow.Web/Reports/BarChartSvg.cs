using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Workflow.Web.Reports;

/// <summary>
/// A horizontal grouped bar chart as inline SVG, drawn on the server: no script, no library, nothing from another
/// origin, and no style attribute or element (the CSP allows styles from the site's stylesheet only), so colours are
/// presentation attributes. role="img" with a title and a description; the page shows the same figures as a table.
/// </summary>
public static class BarChartSvg
{
    private const int Width = 640;
    private const int LabelWidth = 210;
    private const int ValueWidth = 100;
    private const int BarHeight = 14;
    private const int RowGap = 10;
    private const int LegendHeight = 28;

    public static IHtmlContent Render(string id, string title, string description, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series)
    {
        var enc = HtmlEncoder.Default;
        var rowHeight = series.Count * BarHeight + RowGap;
        var height = LegendHeight + Math.Max(categories.Count, 1) * rowHeight + RowGap;
        var max = series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var scale = max > 0 ? (Width - LabelWidth - ValueWidth) / max : 0;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {height}\" data-testid=\"{id}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{enc.Encode(title)}</title><desc id=\"{id}-desc\">{enc.Encode(description)}</desc>");
        Legend(svg, enc, series);
        for (var c = 0; c < categories.Count; c++)
        {
            var top = LegendHeight + c * rowHeight;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth - 8}\" y=\"{top + series.Count * BarHeight / 2.0 + 4:0.#}\" text-anchor=\"end\" font-size=\"13\" fill=\"#1f2328\">{enc.Encode(categories[c])}</text>");
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[c];
                var y = top + s * BarHeight;
                var w = Math.Max(value * scale, value > 0 ? 1 : 0);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{w:0.##}\" height=\"{BarHeight - 2}\" fill=\"{series[s].Fill}\"/>");
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text x=\"{LabelWidth + w + 4:0.##}\" y=\"{y + BarHeight - 3}\" font-size=\"11\" fill=\"#1f2328\">{enc.Encode(series[s].Label(value))}</text>");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{LabelWidth}\" y1=\"{LegendHeight - 4}\" x2=\"{LabelWidth}\" y2=\"{height - RowGap / 2}\" stroke=\"#59636e\"/>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static void Legend(StringBuilder svg, HtmlEncoder enc, IReadOnlyList<ChartSeries> series)
    {
        var x = LabelWidth;
        foreach (var s in series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"6\" width=\"12\" height=\"12\" fill=\"{s.Fill}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 16}\" y=\"16\" font-size=\"12\" fill=\"#1f2328\">{enc.Encode(s.Name)}</text>");
            x += 24 + s.Name.Length * 8;
        }
    }
}
