using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegisterYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Documents_RegisterNumber",
                table: "Documents");

            migrationBuilder.AddColumn<int>(
                name: "RegisterYear",
                table: "Documents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_RegisterYear_RegisterNumber",
                table: "Documents",
                columns: new[] { "RegisterYear", "RegisterNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Documents_RegisterYear_RegisterNumber",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "RegisterYear",
                table: "Documents");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_RegisterNumber",
                table: "Documents",
                column: "RegisterNumber",
                unique: true);
        }
    }
}
