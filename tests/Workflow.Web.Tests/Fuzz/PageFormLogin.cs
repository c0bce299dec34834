using System.Text;
using CsCheck;
using Workflow.Core.Text;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// The sign-in form. Its clean posts take effect: the right password signs in, a wrong one for a real account
/// counts towards the lockout. Its defects change nothing: accounts that do not exist, missing or over-long fields.
/// </summary>
public static class PageFormLogin
{
    /// <summary>Return addresses off the site, malformed or hostile: the pages must only ever send people back to this site.</summary>
    public static readonly Gen<string> ReturnUrls = Gen.Frequency(
        (4, Gen.OneOf("//evil.invalid", "/\\evil.invalid", "https://evil.invalid/", "javascript:alert(1)", "/%2F%2Fevil.invalid", "\\\\evil.invalid",
            "/\r\nSet-Cookie: x=1", "/public?q=<script>", "", " ", "~/", "//", "/\t/evil.invalid", "http:/evil.invalid", "/ok#<svg onload=alert(1)>",
            "data:text/html,<script>alert(1)</script>", "%2F%2Fevil.invalid", "/..//evil.invalid")),
        (1, HostileText.Mixed),
        (1, Gen.Int[3_000, 10_000].Select(n => "/" + new string('a', n))));

    /// <summary>Posts that take effect with a valid token: two sign-ins, and two wrong passwords for real accounts.</summary>
    public static readonly Gen<(string User, string Password)> Effective = Gen.OneOf(
        (Demo.Director, Demo.Password), (Demo.Finance, Demo.Password), (Demo.Director, "wrong-password"), (Demo.Legal, "Demo-1234"));

    public static Gen<PageFormDefect> Defects(PageFormTargets targets)
    {
        var visitor = targets[Demo.Anonymous];
        var body = Gen.Select(PageFormFields.Clean, ReturnUrls);
        var unknown = Gen.Select(HostileText.Mixed.Where(IsNoAccount), HostileText.Any, ReturnUrls)
            .Select((u, p, r) => Form(u, p, r, "sign-in: no such account"));
        var missing = Gen.Select(Gen.OneOf<string?>(null, "", " "), Gen.Bool, body)
            .Select((v, user, b) => user ? Form(v, Demo.Password, b.Item2, "sign-in: user name missing") : Form(Demo.Director, v, b.Item2, "sign-in: password missing"));
        var tooLong = Gen.Select(Gen.Int[257, 5_000], Gen.Bool)
            .Select((n, user) => user ? Form(new string('u', n), Demo.Password, "/", "sign-in: user name too long") : Form(Demo.Director, new string('p', n), "/", "sign-in: password too long"));
        var framing = PageFormFraming.Defects(new PageFormBody(false, [("Input.UserName", Demo.Director), ("Input.Password", Demo.Password)]))
            .Select(b => (b.Body, $"framing: {b.Defect}"));
        return Gen.Frequency((5, unknown), (2, missing), (2, tooLong), (1, framing)).Select(d => new PageFormDefect(visitor, "/account/login", d.Item1, d.Item2));
    }

    private static (PageFormBody, string) Form(string? user, string? password, string returnUrl, string defect)
    {
        var fields = new List<(string, string)>();
        if (user is not null)
            fields.Add(("Input.UserName", user));
        if (password is not null)
            fields.Add(("Input.Password", password));
        fields.Add(("ReturnUrl", returnUrl));
        return (new PageFormBody(false, fields), defect);
    }

    /// <summary>Identity finds accounts by the upper-cased, normalized name of the cleaned text; nothing generated may land on a real one.</summary>
    private static bool IsNoAccount(string name)
    {
        // The sign-in form cleans the name as every text field (ADR 10): "le\u200Bgal" is legal.
        var sent = PlainTextRules.Clean(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(name)), multiline: false);
        if (sent.Length == 0)
            return false;
        try
        {
            var normalized = sent.Normalize().ToUpperInvariant();
            return !Demo.Users.Any(u => u.ToUpperInvariant() == normalized || normalized.Contains(u.ToUpperInvariant(), StringComparison.Ordinal));
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
