using System.Diagnostics;

namespace Workflow.Web.Tests.Sealing;

/// <summary>Poppler's pdfsig on a file: what an independent PDF reader says about the seal.</summary>
public static class Pdfsig
{
    public static async Task<string> ReportAsync(byte[] pdf, string folder)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        var start = new ProcessStartInfo("pdfsig", [path]) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            var message = $"This test needs poppler's pdfsig (apt-get install poppler-utils): {e.Message}";
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail(message);
            Assert.Skip(message);
            return "";
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return await output + await error;
        }
    }
}
