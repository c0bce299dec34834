using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Workflow.Web.Pdf;
using Workflow.Web.Public;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Sealing;

/// <summary>The host sealing with a test certificate of its own (seal.pfx in the test folder).</summary>
public sealed class SealedApp : WorkflowApp
{
    public SealedApp()
    {
        Settings["Seal:CertificatePath"] = TestCertificates.WriteSealPfx(Root);
        Settings["Seal:CertificatePassword"] = TestCertificates.Password;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The seal is tested on its own: a Skia page stands in where the memo renderer is not registered (yet).
        builder.ConfigureTestServices(services => services.TryAddSingleton<IMemoPdfRenderer, SkiaPageRenderer>());
    }

    private sealed class SkiaPageRenderer : IMemoPdfRenderer
    {
        public byte[] Render(PublishedMemo memo, MemoLetterhead letterhead) => SkiaPdf.ThaiPage(memo.Subject);
    }
}
