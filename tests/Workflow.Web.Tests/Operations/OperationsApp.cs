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
    public OperationsApp() => Settings["DataProtection:KeysPath"] = KeysPath;

    /// <summary>In Production, with what a deployment must set there: the public address and a key-ring certificate.</summary>
    public static OperationsApp Production()
    {
        var app = new OperationsApp { EnvironmentName = "Production" };
        app.Settings["App:PublicBaseUrl"] = ProductionWorkflowApp.PublicBaseUrl;
        app.Settings["DataProtection:CertificatePath"] = TestCertificates.WritePfx(app.Root);
        app.Settings["DataProtection:CertificatePassword"] = TestCertificates.Password;
        app.Settings["Seal:CertificatePath"] = TestCertificates.WriteSealPfx(app.Root);
        app.Settings["Seal:CertificatePassword"] = TestCertificates.Password;
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
