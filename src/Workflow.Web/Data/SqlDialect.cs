using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Workflow.Web.Data;

/// <summary>
/// The little raw SQL the service writes, made to read the same on both providers (ADR 33): identifiers are always
/// quoted, parameters are EF Core's, and these two differences are spelled here.
/// </summary>
public static class SqlDialect
{
    /// <summary>A Guid as a raw-SQL parameter, in the form EF Core stores it: upper-case text on SQLite, uuid on PostgreSQL.</summary>
    public static object Id(this DatabaseFacade db, Guid id) => db.IsSqlite() ? id.ToString().ToUpperInvariant() : id;

    /// <summary>
    /// Appended to the SELECT that picks rows to claim: on PostgreSQL a claimant skips the rows another one is claiming
    /// instead of claiming them twice; SQLite has one writer at a time, so its claims never overlap.
    /// </summary>
    public static string SkipLocked(this DatabaseFacade db) => db.IsSqlite() ? "" : " FOR UPDATE SKIP LOCKED";
}
