using System.Text;

namespace Workflow.Bench;

public sealed record PublicationResult(int Expected, int Published, long Polls, double PollIntervalMs,
    Dictionary<string, LatencyStats> ClientSide, Dictionary<string, LatencyStats> ServerSide);

public sealed record ServerResult(double PeakRssMb, double RssMb, StorageResult? Storage, PdfCount? Pdfs);

public sealed record Ceilings(SqliteCeilingResult? Sqlite, PostgresCeilingResult? PostgreSql, RabbitCeilingResult? RabbitMq, string? RabbitMqError);

public sealed record Goal(string Name, string Target, string Measured, bool? Met);

/// <summary>Everything one run measured, as written to the JSON file for later comparison.</summary>
public sealed record BenchReport(
    DateTimeOffset StartedAt,
    string Machine,
    string Transport,
    string Provider,
    int Instances,
    int Memos,
    int Concurrency,
    SeedResult? Seed,
    IReadOnlyList<PhaseResult> Phases,
    Dictionary<string, LatencyStats> Latency,
    PublicationResult Publication,
    ServerResult? Server,
    ReadResult? Reads,
    Ceilings Ceilings,
    Dictionary<string, double> Ratios,
    IReadOnlyList<Goal> Goals,
    bool Passed)
{
    public string ToText()
    {
        var s = new StringBuilder();
        s.AppendLine($"Workflow benchmark — {Machine}, {Provider} × {Instances}, transport {Transport}, {Memos} memos × {Concurrency} workers, {StartedAt:u}");
        if (Seed is not null)
            s.AppendLine($"Database: {Seed.Documents:N0} memos ({Seed.Added:N0} seeded in {Seed.Seconds} s)"
                + (Seed.Check is { } c ? $"; audit chains verified by the service: {c.Intact:N0} of {c.Checked:N0} intact" + string.Concat(c.Broken.Select(x => $"\n  BROKEN {x}")) : ""));
        foreach (var p in Phases)
            s.AppendLine($"Phase {p.Name,-7} {p.Routed}/{p.Memos} routed in {p.Seconds:0.00} s: {p.MemosPerSecond:0.0} memos/s, {p.ActionsPerSecond:0} actions/s, {p.RequestsPerSecond:0} requests/s"
                + (p.TargetRate is { } r ? $" (offered {r:0.0} memos/s)" : "")
                + (p.ServerCpuMsPerMemo is { } cpu ? $"; CPU per memo: service {cpu:0.0} ms, load generator {p.ClientCpuMsPerMemo:0.0} ms" : "") + (p.Failed > 0 ? $", {p.Failed} FAILED: {string.Join(" | ", p.Errors)}" : ""));
        s.AppendLine("Latency per request type (client side, ms):");
        foreach (var (name, stats) in Latency.Where(l => l.Key != "warmup"))
            s.AppendLine($"  {name,-16} {stats}");
        s.AppendLine($"Signature → public ({Publication.Published}/{Publication.Expected} published, {Publication.Polls} polls every {Publication.PollIntervalMs} ms):");
        foreach (var (name, stats) in Publication.ClientSide)
            s.AppendLine($"  seen by a reader, {name,-7} {stats}");
        foreach (var (name, stats) in Publication.ServerSide)
            s.AppendLine($"  server records, {name,-7} {stats}");
        if (Server is not null)
            s.AppendLine($"Server: peak RSS {Server.PeakRssMb:0.0} MB (now {Server.RssMb:0.0} MB)"
                + (Server.Storage is { } st ? $"; database {st.DatabaseBytes / 1048576.0:0.0} MB + WAL {st.WalBytes / 1048576.0:0.0} MB, {st.Documents:N0} memos" : "")
                + (Server.Pdfs is { } pdf ? $"; {pdf.SealedPublications:N0} sealed publications, {pdf.PdfFiles:N0} PDF files" : ""));
        if (Reads is not null)
        {
            s.AppendLine($"Reads with {Reads.DocumentsInDatabase:N0} memos in the database, {Reads.Readers} concurrent readers:");
            s.AppendLine($"  inbox            {Reads.Inbox}");
            s.AppendLine($"  document page    {Reads.DocumentPage}");
        }

        if (Ceilings.Sqlite is { } q)
            s.AppendLine($"Ceiling SQLite (WAL, synchronous={q.Synchronous}): {q.SingleRowTxPerSecond:N0} single-row tx/s; {q.ActionTxPerSecond:N0} action tx/s (update+audit+outbox), {q.ActionTx}");
        if (Ceilings.PostgreSql is { } pg)
            s.AppendLine($"Ceiling PostgreSQL ({pg.Settings}): {pg.ActionTxPerSecond:N0} action tx/s on one connection, {pg.ActionTx}; "
                + $"{pg.ConcurrentActionTxPerSecond:N0}/s on {pg.Connections} connections");
        if (Ceilings.RabbitMq is { } b)
            s.AppendLine($"Ceiling RabbitMQ (persistent, confirmed, consumed): {b.SequentialRoundTripsPerSecond:N0} round trips/s one at a time, {b.SequentialRoundTrip}; "
                + $"{b.ConcurrentRoundTripsPerSecond:N0}/s with {b.Publishers} publishers");
        if (Ceilings.RabbitMqError is not null)
            s.AppendLine($"Ceiling RabbitMQ: not measured ({Ceilings.RabbitMqError})");
        if (Ratios.Count > 0)
            s.AppendLine("Ratios: " + string.Join("; ", Ratios.Select(r => $"{r.Key} {r.Value:0.###}")));
        s.AppendLine("Goals (issues 5 and 13):");
        foreach (var g in Goals)
            s.AppendLine($"  [{(g.Met switch { true => "met", false => "NOT met", null => "n/a" }),-7}] {g.Name}: target {g.Target}, measured {g.Measured}");
        s.AppendLine(Passed ? "PASS: every memo was routed and published." : "FAIL: not every memo was routed and published.");
        return s.ToString();
    }
}
