using System.Diagnostics;
using System.Text.Json;

namespace Workflow.Browser.Tests.Pages;

/// <summary>
/// The Nu Html Checker (vnu.jar from the npm package vnu-jar, installed by <c>npm ci</c> in the project's vnu folder),
/// run once over many files because the JVM is slow to start.
/// </summary>
public static class NuHtmlChecker
{
    private const string JarInPackage = "node_modules/vnu-jar/build/dist/vnu.jar";

    /// <summary>Skips where java or vnu.jar is missing on a developer's machine; in CI either missing is a failure.</summary>
    public static string RequireJar()
    {
        var jar = FindJar();
        var message = jar is null
            ? "vnu.jar not installed: npm ci --ignore-scripts in tests/Workflow.Browser.Tests/vnu"
            : !JavaInstalled() ? "java not installed: apt-get install default-jre-headless" : null;
        if (message is null)
            return jar!;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(message);
        Assert.Skip(message);
        return "";
    }

    /// <summary>Every error the checker reports, as "file:line:column: message".</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string jar, IReadOnlyCollection<string> files)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-jar", jar, "--format", "json", "--errors-only" }.Concat(files))
            start.ArgumentList.Add(arg);
        using var java = Process.Start(start)!;
        var stdout = java.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var report = await java.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await stdout;
        await java.WaitForExitAsync(TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(report);
        var errors = json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{Path.GetFileName(Text(m, "url"))}:{Text(m, "lastLine")}:{Text(m, "firstColumn")}: {Text(m, "message")} «{Text(m, "extract")}»")
            .ToList();
        Assert.True(errors.Count > 0 || java.ExitCode == 0, $"vnu.jar exited with {java.ExitCode}: {report}");
        return errors;
    }

    private static string Text(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) ? value.ToString() : "";

    private static string? FindJar()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var jar = Path.Combine(dir.FullName, "vnu", JarInPackage);
            if (File.Exists(jar))
                return jar;
        }

        return null;
    }

    private static bool JavaInstalled() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Any(dir => File.Exists(Path.Combine(dir, "java")));
}
