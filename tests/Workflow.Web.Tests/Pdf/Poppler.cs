using System.Diagnostics;

namespace Workflow.Web.Tests.Pdf;

/// <summary>
/// Runs a poppler-utils tool (pdftotext, pdffonts, pdfimages, pdftoppm) on a file. Without poppler-utils the test is
/// skipped with a message; in CI (CI=true), where .ci/run installs it, it fails instead.
/// </summary>
public static class Poppler
{
    public static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            var message = $"This test needs {tool} from poppler-utils: {e.Message}";
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail(message);
            Assert.Skip(message);
            throw;
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} exited {process.ExitCode}: {error.Result}");
            return output;
        }
    }

    /// <summary>The text of the whole file in reading order.</summary>
    public static string Text(string pdf) => Run("pdftotext", "-enc", "UTF-8", pdf, "-");

    /// <summary>One page's text as laid out (-layout keeps a line's trailing "-", which plain mode takes for a hyphen).</summary>
    public static string PageText(string pdf, int page) => Run("pdftotext", "-layout", "-f", $"{page}", "-l", $"{page}", "-enc", "UTF-8", pdf, "-");

    public static int Pages(string pdf)
    {
        var line = Run("pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
