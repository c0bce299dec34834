namespace Workflow.Web.Reports;

/// <summary>One series of a bar chart: its legend name, its fill colour and a value per category, with the text shown beside each bar.</summary>
public sealed record ChartSeries(string Name, string Fill, IReadOnlyList<double> Values, Func<double, string> Label);
