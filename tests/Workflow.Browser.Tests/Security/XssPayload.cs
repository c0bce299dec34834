namespace Workflow.Browser.Tests.Security;

/// <summary>
/// One hostile string. When it runs it sets <c>window.__xss</c> (or opens a dialog); <see cref="Live"/> says that
/// pasted raw into a page (as text, inside a quoted attribute or inside a textarea) it does run or build an element,
/// which the control test checks, so that a quiet page means the payload was encoded, not that it was harmless.
/// </summary>
public sealed record XssPayload(string Id, string Text, bool Live = true)
{
    public override string ToString() => Id;
}
