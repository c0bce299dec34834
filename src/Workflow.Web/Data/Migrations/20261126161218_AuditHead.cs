using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditHead : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AuditCount",
                table: "Documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "AuditHead",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            // Anchor the chains of documents that existed before this column.
            migrationBuilder.Sql("""
                UPDATE "Documents" SET
                  "AuditCount" = (SELECT COUNT(*) FROM "AuditEntries" a WHERE a."DocumentId" = "Documents"."Id"),
                  "AuditHead" = (SELECT a."Hash" FROM "AuditEntries" a WHERE a."DocumentId" = "Documents"."Id" ORDER BY a."Sequence" DESC LIMIT 1);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AuditCount",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "AuditHead",
                table: "Documents");
        }
    }
}
