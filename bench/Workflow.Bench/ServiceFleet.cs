namespace Workflow.Bench;

/// <summary>
/// The service instances under test, on one database and one broker: started one after the other (each migrates and
/// seeds on start, and concurrent start-up is not what is measured here), stopped together, their CPU summed.
/// </summary>
public sealed class ServiceFleet : IAsyncDisposable
{
    private readonly List<ServiceProcess> _instances = [];

    public IReadOnlyList<Uri> Urls => [.. _instances.Select(i => i.Url)];

    public IReadOnlyList<int> Pids => [.. _instances.Select(i => i.Pid)];

    public static async Task<ServiceFleet> StartAsync(string dll, IReadOnlyDictionary<string, string> env, int count, CancellationToken ct)
    {
        var fleet = new ServiceFleet();
        try
        {
            for (var i = 0; i < count; i++)
                fleet._instances.Add(await ServiceProcess.StartAsync(dll, env, ct));
            return fleet;
        }
        catch
        {
            await fleet.DisposeAsync();
            throw;
        }
    }

    /// <summary>CPU time of every instance together: on shared cores, the figure that says what one more instance costs.</summary>
    public TimeSpan CpuTime() => _instances.Aggregate(TimeSpan.Zero, (sum, i) => sum + i.CpuTime());

    /// <summary>The largest peak and current resident set among the instances, in bytes.</summary>
    public (long Peak, long Current) Memory() =>
        _instances.Select(i => i.Memory()).Aggregate((0L, 0L), (m, i) => (Math.Max(m.Item1, i.Peak), Math.Max(m.Item2, i.Current)));

    public string Output() => string.Join('\n', _instances.Select((s, i) => $"--- instance {i + 1} (pid {s.Pid}) ---\n{s.Output()}"));

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_instances.Select(i => i.DisposeAsync().AsTask()));
        _instances.Clear();
    }
}
