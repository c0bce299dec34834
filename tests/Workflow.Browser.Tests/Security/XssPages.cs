namespace Workflow.Browser.Tests.Security;

/// <summary>
/// Each page that shows stored text, opened by the person who may see it: nothing runs or becomes markup there
/// (<see cref="XssProbe"/>), and each field reads back as exactly the text stored.
/// </summary>
public sealed class XssPages(XssReport report)
{
    public async Task InboxAsync(XssViewer section, XssTexts t)
    {
        if (await OpenAsync(section, t, "inbox (approver)", "/") is not { } page)
            return;
        report.Field(t, section.Name, page, "subject", await section.TextsAsync("[data-testid=inbox] td.subject"), t.Subject, count: 2);
        report.Field(t, section.Name, page, "author name", await section.TextsAsync("[data-testid=inbox-author]"), t.Name, count: 2);
        report.Field(t, section.Name, page, "display name", await section.TextsAsync("[data-testid=user-name]"), t.Name);
    }

    public async Task MineAsync(XssViewer author, XssTexts t)
    {
        if (await OpenAsync(author, t, "inbox (author)", "/") is not { } page)
            return;
        report.Field(t, author.Name, page, "subject", await author.TextsAsync("[data-testid=mine] td.subject"), t.Subject, count: 2);
        report.Field(t, author.Name, page, "display name", await author.TextsAsync("[data-testid=user-name]"), t.Name);
    }

    public async Task MemoAsync(XssViewer author, XssTexts t, Guid signed)
    {
        if (await OpenAsync(author, t, "memo", $"/memos/{signed}") is not { } page)
            return;
        await SheetAsync(author, t, page);
        report.Field(t, author.Name, page, "note", await author.TextsAsync("[data-testid=history] td.note-text"), t.Note, count: 4);
        report.Field(t, author.Name, page, "name", await author.TextsAsync("[data-testid=history] td:nth-child(4)"), t.Name, contains: true, count: 5);
        report.Field(t, author.Name, page, "display name", await author.TextsAsync("[data-testid=user-name]"), t.Name);
    }

    public async Task EditAsync(XssViewer author, XssTexts t, Guid returned)
    {
        if (await OpenAsync(author, t, "edit", $"/memos/{returned}/edit") is not { } page)
            return;
        report.Field(t, author.Name, page, "issuer", await author.ValuesAsync("#Input_Issuer"), t.Issuer);
        report.Field(t, author.Name, page, "subject", await author.ValuesAsync("#Input_Subject"), t.Subject);
        report.Field(t, author.Name, page, "salutation", await author.ValuesAsync("#Input_Salutation"), t.Salutation);
        report.Field(t, author.Name, page, "body", await author.ValuesAsync("#Input_Body"), t.Body);
        report.Field(t, author.Name, page, "note", await author.TextsAsync("[data-testid=return-reason] .note-text"), t.Note);
        report.Field(t, author.Name, page, "name", await author.TextsAsync("[data-testid=return-reason] strong"), t.Name, contains: true);
        report.Field(t, author.Name, page, "file name", await author.TextsAsync("ul.attachments li"), t.FileName, contains: true);
        report.Field(t, author.Name, page, "display name", await author.TextsAsync("[data-testid=user-name]"), t.Name);
    }

    public async Task PublicListAsync(XssViewer visitor, XssTexts t)
    {
        if (await OpenAsync(visitor, t, "public list", $"/public?q={Uri.EscapeDataString(t.Tag)}") is not { } page)
            return;
        report.Field(t, visitor.Name, page, "subject", await visitor.TextsAsync("[data-testid=public-list] td.subject a"), t.Subject);
    }

    public async Task PublicMemoAsync(XssViewer visitor, XssTexts t, Guid publication)
    {
        if (await OpenAsync(visitor, t, "public memo", $"/public/memos/{publication}") is not { } page)
            return;
        await SheetAsync(visitor, t, page);
        report.Field(t, visitor.Name, page, "note", await visitor.TextsAsync("[data-testid=public-chain] td.note-text"), t.Note, count: 4);
        report.Field(t, visitor.Name, page, "name", await visitor.TextsAsync("[data-testid=public-chain] td:nth-child(4)"), t.Name, contains: true, count: 5);
    }

    /// <summary>Text that comes back from the address itself: the public search box and the sign-in page's return address.</summary>
    public async Task ReflectedAsync(XssViewer visitor, XssTexts t)
    {
        var text = t.Payload.Text;
        if (await OpenAsync(visitor, t, "public search (q)", $"/public?q={Uri.EscapeDataString(text)}") is { } search)
            report.Field(t, visitor.Name, search, "query", await visitor.ValuesAsync("#q"), text.Trim());
        if (await OpenAsync(visitor, t, "sign-in (ReturnUrl)", $"/account/login?ReturnUrl={Uri.EscapeDataString(text)}") is { } login)
            report.Field(t, visitor.Name, login, "return address", await visitor.ValuesAsync("input[name=ReturnUrl]"), text);
    }

    /// <summary>The memo as the official document (the same partial on the memo page and the public page).</summary>
    private async Task SheetAsync(XssViewer v, XssTexts t, string page)
    {
        report.Field(t, v.Name, page, "issuer", await v.TextsAsync("[data-testid=memo-issuer]"), t.Issuer);
        report.Field(t, v.Name, page, "subject", await v.TextsAsync("[data-testid=memo-subject]"), t.Subject);
        report.Field(t, v.Name, page, "subject (heading)", await v.TextsAsync("h1"), t.Subject);
        report.Field(t, v.Name, page, "subject (title)", [await v.Page.TitleAsync()], t.Subject + " · ", contains: true);
        report.Field(t, v.Name, page, "salutation", await v.TextsAsync(".memo-salutation"), "เรียน " + t.Salutation);
        report.Field(t, v.Name, page, "body", await v.TextsAsync("[data-testid=memo-body] p"), t.Body);
        report.Field(t, v.Name, page, "author name", await v.TextsAsync("[data-testid=memo-signature] p"), $"({t.Name})");
        report.Field(t, v.Name, page, "note (margin)", await v.TextsAsync("[data-testid=marginal-note] p"), "- " + t.Note, count: 3);
        report.Field(t, v.Name, page, "name (margin)", await v.TextsAsync("[data-testid=marginal-note] p"), $"({t.Name})", count: 4);
        report.Field(t, v.Name, page, "file name", await v.TextsAsync(".memo-attachments a"), t.FileName);
    }

    private async Task<string?> OpenAsync(XssViewer viewer, XssTexts t, string page, string path)
    {
        var findings = await viewer.VisitAsync(path);
        report.Visited(t, viewer.Name, page, findings);
        return findings.Any(f => f.StartsWith("status ", StringComparison.Ordinal)) ? null : page;
    }
}
