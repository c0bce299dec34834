using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Workflow.Web.Data.PostgreSql;

/// <summary>For `dotnet ef migrations add --context PostgreSqlWorkflowDbContext --output-dir Data/Migrations/PostgreSql`: adding a migration never connects.</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlWorkflowDbContext>
{
    public PostgreSqlWorkflowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlWorkflowDbContext>().UseNpgsql("Host=localhost;Database=workflow").Options);
}
