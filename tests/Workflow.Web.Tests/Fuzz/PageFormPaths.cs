using CsCheck;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// Memo ids that name no memo: unknown GUIDs in every format the route accepts, and segments that are no GUID
/// (not %00: Kestrel answers 400 to a NUL in the path before the application sees it, the test server throws).
/// </summary>
public static class PageFormPaths
{
    public static readonly Gen<string> NotAMemo = Gen.Frequency(
        (3, Gen.Guid.SelectMany(g => Gen.OneOf(g.ToString(), g.ToString("N"), g.ToString("B"), g.ToString().ToUpperInvariant()))),
        (1, Gen.Const(Guid.Empty.ToString())),
        (2, Gen.OneOf("new", "not-a-guid", "1", "-1", "..", "%2e%2e", "null", "%3Cscript%3E", "edit", "' OR 1=1 --", "%E0%B8%81")),
        (1, HostileText.Plain.Where(p => p.Length > 0).Select(Uri.EscapeDataString)));
}
