using Microsoft.Extensions.Options;
using Workflow.Web.Options;

namespace Workflow.Web.Pdf;

public static class PdfSetup
{
    /// <summary>The official PDF renderer (ADR 29): one instance, its fonts loaded once and checked at start-up.</summary>
    public static WebApplicationBuilder AddMemoPdf(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PdfOptions>().Bind(builder.Configuration.GetSection(PdfOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PdfOptions>, PdfOptionsValidator>();
        builder.Services.AddSingleton(sp => PdfFonts.For(
            sp.GetRequiredService<IOptions<PdfOptions>>().Value.FullDirectory(sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        builder.Services.AddSingleton<IMemoPdfRenderer, MemoPdfRenderer>();
        return builder;
    }
}
