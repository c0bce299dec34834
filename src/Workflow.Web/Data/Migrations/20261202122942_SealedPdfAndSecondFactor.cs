using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflow.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SealedPdfAndSecondFactor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PdfFile",
                table: "Publications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PdfSha256",
                table: "Publications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PdfSize",
                table: "Publications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SealedAt",
                table: "Publications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SealedBy",
                table: "Publications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SecondFactor",
                table: "Publications",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "SecondFactor",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "SecondFactorAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TotpEnabledAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TotpLastStep",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "TotpSecret",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RecoveryCodes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecoveryCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecoveryCodes_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Publications_PdfSha256",
                table: "Publications",
                column: "PdfSha256");

            migrationBuilder.CreateIndex(
                name: "IX_RecoveryCodes_UserId_CodeHash",
                table: "RecoveryCodes",
                columns: new[] { "UserId", "CodeHash" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecoveryCodes");

            migrationBuilder.DropIndex(
                name: "IX_Publications_PdfSha256",
                table: "Publications");

            migrationBuilder.DropColumn(
                name: "PdfFile",
                table: "Publications");

            migrationBuilder.DropColumn(
                name: "PdfSha256",
                table: "Publications");

            migrationBuilder.DropColumn(
                name: "PdfSize",
                table: "Publications");

            migrationBuilder.DropColumn(
                name: "SealedAt",
                table: "Publications");

            migrationBuilder.DropColumn(
                name: "SealedBy",
                table: "Publications");

            migrationBuilder.DropColumn(
                name: "SecondFactor",
                table: "Publications");

            migrationBuilder.DropColumn(
                name: "SecondFactor",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "SecondFactorAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "TotpEnabledAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "TotpLastStep",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "TotpSecret",
                table: "AspNetUsers");
        }
    }
}
