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
}
