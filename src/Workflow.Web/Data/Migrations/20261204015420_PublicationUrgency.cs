using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublicationUrgency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Urgency",
                table: "Publications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Earlier publications: the urgency their snapshot froze (kebab-case names, absent on the oldest: none).
            migrationBuilder.Sql("""
                UPDATE "Publications" SET "Urgency" = CASE json_extract("Snapshot", '$.urgency')
                    WHEN 'urgent' THEN 1 WHEN 'very-urgent' THEN 2 WHEN 'most-urgent' THEN 3 ELSE 0 END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Urgency",
                table: "Publications");
        }
    }
}
