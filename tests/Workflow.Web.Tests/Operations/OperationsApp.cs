using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Operations;

/// <summary>
/// The real host with its keys folder beside its database (so a backup finds them), every log entry captured, and the
/// environment the service binary needs to run a command on the same files.
/// </summary>
public sealed class OperationsApp : WorkflowApp
{
    private const string CertificatePassword = "operations-test-pfx-0123";

    public OperationsApp() => Settings["DataProtection:KeysPath"] = KeysPath;

    /// <summary>In Production, with what a deployment must set there: the public address and a key-ring certificate.</summary>
    public static OperationsApp Production()
    {
        var app = new OperationsApp { EnvironmentName = "Production" };
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=Operations test key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var pfx = Path.Combine(app.Root, "keyring.pfx");
        File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pkcs12, CertificatePassword));
        app.Settings["App:PublicBaseUrl"] = "https://memo.example.go.th";
        app.Settings["DataProtection:CertificatePath"] = pfx;
        app.Settings["DataProtection:CertificatePassword"] = CertificatePassword;
        return app;
    }

    public string KeysPath => Path.Combine(Root, "keys");

    public string EnvironmentName { get; init; } = "Development";

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Settings for `dotnet Workflow.Web.dll …` on this app's files, as environment variables.</summary>
    public Dictionary<string, string> CommandEnvironment() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Database__Path"] = DatabasePath,
        ["Storage__AttachmentsPath"] = AttachmentsPath,
        ["DataProtection__KeysPath"] = KeysPath,
        ["Demo__SeedUsers"] = "false",
        ["Logging__LogLevel__Default"] = "Information",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(EnvironmentName);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace));
    }
}
