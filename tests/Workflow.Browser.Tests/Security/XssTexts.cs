namespace Workflow.Browser.Tests.Security;

/// <summary>
/// The text each stored field gets for one payload: the payload, then the field's name and a tag unique to the
/// run in brackets, so a page shows which field it is reading and a search finds the memo.
/// </summary>
public sealed record XssTexts(XssPayload Payload, string Tag)
{
    public string Issuer => Field("issuer");

    public string Subject => Field("subject");

    public string Salutation => Field("salutation");

    public string Body => Field("body");

    /// <summary>AspNetUsers.DisplayName: the app copies it into Documents.AuthorName and AuditEntries.UserName.</summary>
    public string Name => Field("name");

    public string Note => Field("note");

    public string FileName => Field("file") + ".pdf";

    public static XssTexts For(XssPayload payload, int index) => new(payload, $"xss{index:00}-{Guid.NewGuid().ToString("N")[..8]}");

    private string Field(string name) => $"{Payload.Text} [{name} {Tag}]";
}
