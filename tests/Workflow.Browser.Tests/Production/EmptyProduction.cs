using Workflow.Web.Tests.Operations;

namespace Workflow.Browser.Tests.Production;

/// <summary>
/// A new installation as a municipality gets it: Production behind the TLS proxy, no demo data, and one administrator
/// made on the server with `dotnet Workflow.Web.dll admin create`, the password typed on standard input.
/// </summary>
public sealed class EmptyProduction : ProxiedProduction
{
    public const string Administrator = "setup-admin";
    public const string AdministratorPassword = "Nong-Bua-Setup-2569!";

    protected override bool SeedDemo => false;

    protected override async Task BeforeStartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var run = await ServiceBinary.RunAsync(["admin", "create", "--user", Administrator, "--name", "นางสาวพิมพ์ใจ ผู้ดูแล"], environment, AdministratorPassword);
        if (run.ExitCode != 0)
            throw new InvalidOperationException($"admin create exited with {run.ExitCode}: {run.Output} {run.Error}");
    }
}
