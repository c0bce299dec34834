using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>
/// SQL run on the host's database behind the service's back, as a person with access to the file or the server would:
/// the same text on SQLite and PostgreSQL, since identifiers are quoted and values are EF Core parameters ({0}, {1} …;
/// a Guid in the form the provider stores it).
/// </summary>
public static class RawSql
{
    /// <summary>Runs one statement; answers how many rows it changed.</summary>
    public static Task<int> ExecuteAsync(WorkflowApp app, string sql, params object?[] values) =>
        app.ReadDbAsync(db => db.Database.ExecuteSqlRawAsync(sql, Parameters(db, values), TestContext.Current.CancellationToken));

    /// <summary>Runs a statement answering one value in a column named Value (e.g. an UPDATE … RETURNING … AS "Value").</summary>
    public static async Task<T> ScalarAsync<T>(WorkflowApp app, string sql, params object?[] values) =>
        // Read whole: EF Core cannot compose a query over an UPDATE, and SingleAsync would.
        (await app.ReadDbAsync(db => db.Database.SqlQueryRaw<T>(sql, Parameters(db, values)).ToListAsync(TestContext.Current.CancellationToken))).Single();

    private static object[] Parameters(WorkflowDbContext db, object?[] values) =>
        values.Select(v => v switch { Guid g => db.Database.Id(g), null => DBNull.Value, _ => v }).ToArray();
}
