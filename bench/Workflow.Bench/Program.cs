using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflow.Bench;

/// <summary>The command line: parse, run, print, write the JSON; exit 0 only when every memo was routed and published.</summary>
// A named entry point: the tests reference this assembly beside the service's, whose Program is public.
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        // Bounded in time whatever happens: a stuck service or broker ends the run instead of hanging CI.
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(30));
        var report = await new BenchRun(options, Console.Out).RunAsync(deadline.Token);
        Console.WriteLine();
        Console.WriteLine(report.ToText());

        var output = options.Out ?? Path.Combine(BenchRun.RepositoryRoot(), "bench", "results",
            $"run-{report.StartedAt:yyyyMMdd-HHmmss}-{report.Provider}x{report.Instances}-{report.Transport}.json");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Converters = { new JsonStringEnumConverter() },
        }));
        Console.WriteLine($"Written to {output}");
        return report.Passed ? 0 : 1;
    }
}
