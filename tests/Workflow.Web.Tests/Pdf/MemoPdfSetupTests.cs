using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflow.Web.Pdf;

namespace Workflow.Web.Tests.Pdf;

/// <summary>PdfSetup on its own web host, as Program.cs calls it: one renderer, and the font folder checked at start-up.</summary>
public sealed class MemoPdfSetupTests
{
    private static WebApplication Host(string? fontDirectory = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        if (fontDirectory is not null)
            builder.Configuration["Pdf:FontDirectory"] = fontDirectory;
        builder.AddMemoPdf();
        return builder.Build();
    }

    [Fact]
    public async Task Host_renders_the_official_pdf_with_its_one_renderer()
    {
        await using var app = Host();
        await app.StartAsync(TestContext.Current.CancellationToken);

        var renderer = app.Services.GetRequiredService<IMemoPdfRenderer>();
        var pdf = renderer.Render(ReferenceMemo.Build(), new MemoLetterhead(null, "เทศบาลตำบลโชคชัย"));

        Assert.IsType<MemoPdfRenderer>(renderer);
        Assert.Same(renderer, app.Services.GetRequiredService<IMemoPdfRenderer>());
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Host_fails_to_start_naming_the_setting_and_the_path_when_the_font_is_missing()
    {
        var folder = Directory.CreateTempSubdirectory("workflow-no-font-").FullName;
        try
        {
            await using var app = Host(folder);

            var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

            Assert.Contains("Pdf:FontDirectory", failure.Message);
            Assert.Contains(Path.Combine(folder, "Laksaman.ttf"), failure.Message);
            Assert.Contains(Path.Combine(folder, "Laksaman-Bold.ttf"), failure.Message);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
