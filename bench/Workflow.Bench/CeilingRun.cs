namespace Workflow.Bench;

/// <summary>
/// The raw ceilings, measured in the same run after the service has stopped, on the same disk and servers: the
/// run's database (SQLite file beside it, or the same PostgreSQL server) and RabbitMQ; and our figures as ratios of them.
/// </summary>
public static class CeilingRun
{
    private const int Publishers = 16;

    public static async Task<Ceilings> MeasureAsync(BenchOptions o, BenchDatabase database, PostgresNode? postgres, RabbitNode? broker,
        TextWriter log, CancellationToken ct)
    {
        var duration = TimeSpan.FromSeconds(o.Memos >= 500 ? 3 : 1);
        SqliteCeilingResult? sqlite = null;
        PostgresCeilingResult? pg = null;
        if (postgres is null)
        {
            log.WriteLine("Measuring the SQLite ceiling…");
            var synchronous = o.ServerEnv.FirstOrDefault(e => e.Key == "Database__Synchronous").Value ?? "Normal";
            sqlite = SqliteCeiling.Measure(Path.GetDirectoryName(database.Connection)!, synchronous, duration);
        }
        else
        {
            log.WriteLine("Measuring the PostgreSQL ceiling…");
            pg = await PostgresCeiling.MeasureAsync(postgres, duration, Publishers, ct);
        }

        log.WriteLine("Measuring the RabbitMQ ceiling…");
        try
        {
            var node = broker ?? await RabbitNode.StartAsync(ct);
            try
            {
                return new Ceilings(sqlite, pg, await RabbitCeiling.MeasureAsync(node.CreateFactory(), duration, Publishers, ct), null);
            }
            finally
            {
                if (broker is null)
                    await node.DisposeAsync();
            }
        }
        catch (InvalidOperationException e)
        {
            return new Ceilings(sqlite, pg, null, e.Message);
        }
    }

    public static Dictionary<string, double> Ratios(BenchReport r)
    {
        var ratios = new Dictionary<string, double>();
        var max = r.Phases.FirstOrDefault(p => p.Name == "max");
        var endorse = r.Latency.GetValueOrDefault("half/endorse");
        if (max is not null && r.Ceilings.Sqlite is { } q)
        {
            ratios["actions/s ÷ SQLite action tx/s"] = Math.Round(max.ActionsPerSecond / q.ActionTxPerSecond, 3);
            ratios["actions/s ÷ SQLite single-row tx/s"] = Math.Round(max.ActionsPerSecond / q.SingleRowTxPerSecond, 3);
            if (endorse is not null)
                ratios["endorse p50 at half load ÷ SQLite action tx p50"] = Math.Round(endorse.P50 / Math.Max(q.ActionTx.P50, 0.001), 1);
        }

        if (max is not null && r.Ceilings.PostgreSql is { } pg)
        {
            ratios["actions/s ÷ PostgreSQL action tx/s (one connection)"] = Math.Round(max.ActionsPerSecond / pg.ActionTxPerSecond, 3);
            ratios[$"actions/s ÷ PostgreSQL action tx/s ({pg.Connections} connections)"] = Math.Round(max.ActionsPerSecond / pg.ConcurrentActionTxPerSecond, 3);
            if (endorse is not null)
                ratios["endorse p50 at half load ÷ PostgreSQL action tx p50"] = Math.Round(endorse.P50 / Math.Max(pg.ActionTx.P50, 0.001), 1);
        }

        if (max is not null && r.Ceilings.RabbitMq is { } b)
        {
            ratios[$"actions/s ÷ RabbitMQ round trips/s ({Publishers} publishers)"] = Math.Round(max.ActionsPerSecond / b.ConcurrentRoundTripsPerSecond, 3);
            if (r.Publication.ServerSide.GetValueOrDefault("half") is { Count: > 0 } pub)
                ratios["signature→public p50 (server) at half load ÷ RabbitMQ round trip p50"] = Math.Round(pub.P50 / Math.Max(b.SequentialRoundTrip.P50, 0.001), 1);
        }

        return ratios;
    }
}
