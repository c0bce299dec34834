using Microsoft.AspNetCore.Hosting;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>
/// The host in Production with what a deployment must set: the public address <see cref="PublicBaseUrl"/> and a
/// key-ring certificate (made for the test); demo users seeded. Clients talk to it as https://localhost.
/// </summary>
public class ProductionWorkflowApp : WorkflowApp
{
    public const string PublicBaseUrl = "https://memo.example.go.th";

    public ProductionWorkflowApp()
    {
        Settings["App:PublicBaseUrl"] = PublicBaseUrl;
        Settings["DataProtection:KeysPath"] = KeysPath;
        Settings["DataProtection:CertificatePath"] = TestCertificates.WritePfx(Root);
        Settings["DataProtection:CertificatePassword"] = TestCertificates.Password;
        Settings["Seal:CertificatePath"] = TestCertificates.WriteSealPfx(Root);
        Settings["Seal:CertificatePassword"] = TestCertificates.Password;
    }

    public string KeysPath => Path.Combine(Root, "keys");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}
