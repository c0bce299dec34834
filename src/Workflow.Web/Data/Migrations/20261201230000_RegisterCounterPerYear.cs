using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Web.Data.Migrations
{
    /// <summary>
    /// Data only: register counters were keyed "prefix|basis|year"; they are now keyed by the year alone, so that a new
    /// letter code continues the count (ADR 15). Rows of one year under several old keys keep the highest number given.
    /// </summary>
    [DbContext(typeof(WorkflowDbContext))]
    [Migration("20261201230000_RegisterCounterPerYear")]
    public sealed class RegisterCounterPerYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                INSERT INTO "RegisterCounters" ("Key", "Last")
                SELECT 'year:' || substr("Key", length(rtrim("Key", '0123456789')) + 1), MAX("Last")
                FROM "RegisterCounters" WHERE "Key" LIKE '%|%' GROUP BY substr("Key", length(rtrim("Key", '0123456789')) + 1)
                ON CONFLICT ("Key") DO UPDATE SET "Last" = max("Last", excluded."Last");
                DELETE FROM "RegisterCounters" WHERE "Key" LIKE '%|%';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The old key named the letter code, which the counter no longer knows; the year's count stays as it is.
        }
    }
}
