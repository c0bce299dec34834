using Microsoft.EntityFrameworkCore;

namespace Workflow.Web.Data.PostgreSql;

/// <summary>
/// The same model on PostgreSQL. A type of its own only because EF Core finds migrations by context type: this one's
/// live in Data/Migrations/PostgreSql, the SQLite ones beside them (ADR 33). Nothing asks for this type: the service
/// resolves <see cref="WorkflowDbContext"/>.
/// </summary>
public sealed class PostgreSqlWorkflowDbContext(DbContextOptions<PostgreSqlWorkflowDbContext> options) : WorkflowDbContext(options);
