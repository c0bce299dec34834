using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Workflow.Web.Data;

/// <summary>
/// For `dotnet ef migrations add --context WorkflowDbContext`: the SQLite migrations. Without it the tools would build
/// the context through the PostgreSQL factory, which also makes a WorkflowDbContext (ADR 33). Adding a migration never connects.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<WorkflowDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
