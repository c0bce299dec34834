using System.Globalization;
using CsCheck;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// The memo page's action forms (POST /memos/{id} with Input.Action, Input.Note, Input.Version): what each person
/// may do now to the seeded memos, and the defects that make the page refuse it.
/// </summary>
public static class PageFormActions
{
    public sealed record Clean(PageFormSession Session, string Path, PageFormBody Body, string State);

    /// <summary>Action names that are no action: wrong case, other words, numbers and lists the enum parser would take.</summary>
    public static readonly string[] NotActions =
    [
        "", "endorse", "ENDORSE", "Approve", "Delete", "Sign;", "Endorse\0", "Sign Endorse", "<script>", "Submit,Endorse", "Endorse, Return",
        "1", "5", "-1", "06", " Endorse", "Endorse ",
    ];

    // (who, memo state, action, reason required): each is allowed now, so with a valid token it would succeed.
    private static readonly (string User, string State, string Action, bool Reason)[] Allowed =
    [
        (Demo.Section, "in-route-0", "Endorse", false), (Demo.Section, "in-route-0", "Return", true), (Demo.Section, "in-route-0", "Refuse", true),
        (Demo.Clerk, "in-route-2", "Endorse", false), (Demo.Clerk, "in-route-2", "Return", true), (Demo.Clerk, "in-route-2", "Refuse", true),
        (Demo.Legal, "in-route-0", "Withdraw", false), (Demo.Legal, "in-route-2", "Withdraw", false), (Demo.Legal, "draft", "Submit", false),
        (Demo.Legal, "returned", "Submit", false),
    ];

    /// <summary>Who may not act on which memo at all (not reached, passed, never theirs, or the memo is final).</summary>
    private static readonly (string User, string State)[] Forbidden =
    [
        (Demo.Mayor, "in-route-0"), (Demo.Mayor, "in-route-2"), (Demo.Mayor, "draft"), (Demo.Section, "in-route-2"), (Demo.Section, "draft"),
        (Demo.Clerk, "in-route-0"), (Demo.Clerk, "returned"), (Demo.Section, "signed"), (Demo.Legal, "signed"), (Demo.Legal, "refused"),
        (Demo.Legal, "withdrawn"), (Demo.Clerk, "signed"), (Demo.Mayor, "signed"), (Demo.Legal, "finance-draft"),
    ];

    private static readonly string[] Actions = ["Submit", "Endorse", "Return", "Refuse", "Withdraw", "Sign"];

    public static Gen<Clean> Allowances(PageFormTargets targets) =>
        Gen.Select(Gen.OneOf(Allowed), PageFormFields.CleanLines, Gen.Int[0, 2]).Select((a, note, version) =>
        {
            var id = targets.Id(a.State);
            var fields = new List<(string, string)> { ("Input.Action", a.Action), ("Input.Note", a.Reason || (version == 0 && a.Action != "Submit") ? note : "") };
            if (version > 0)
                fields.Add(("Input.Version", version == 1 ? Version(targets, id) : ""));
            return new Clean(targets[a.User], $"/memos/{id}", new PageFormBody(false, fields), a.State);
        });

    public static Gen<PageFormDefect> Defects(PageFormTargets targets, Clean a)
    {
        var s = a.Session;
        var note = PageFormFields.Refused("Input.Note").Select(r => new PageFormDefect(s, a.Path, a.Body.With("Input.Note", r.Value), $"note: {r.Defect}"));
        var action = Gen.Frequency(
            (4, Gen.OneOf(NotActions).Select(x => new PageFormDefect(s, a.Path, a.Body.With("Input.Action", x), $"action: '{x}'"))),
            (1, Gen.Const(new PageFormDefect(s, a.Path, a.Body.With("Input.Action", null), "action: missing"))));
        var version = Gen.Frequency(
            (2, Gen.Int[1, 1_000].Select(n => new PageFormDefect(s, a.Path, a.Body.With("Input.Version", (10_000 + n).ToString(CultureInfo.InvariantCulture)), "version: stale"))),
            (1, PageFormFields.BadVersion.Select(v => new PageFormDefect(s, a.Path, a.Body.With("Input.Version", v), "version: not a number"))));
        var person = Gen.Select(Gen.OneOf(Forbidden), Gen.OneOf(Actions)).Select((f, x) => new PageFormDefect(
            targets[f.User], $"/memos/{targets.Id(f.State)}", a.Body.With("Input.Action", x).With("Input.Version", null), $"wrong person: {f.User} may not {x} the {f.State} memo"));
        var target = PageFormPaths.NotAMemo.Select(id => new PageFormDefect(s, $"/memos/{id}", a.Body, $"no memo: '{id}'"));
        var reason = a.Body.Value("Input.Action") is "Return" or "Refuse"
            ? Gen.OneOf("", " ", "\n", "\u200b", "\u3164\ufeff", "\u2028").Select(r => new PageFormDefect(s, a.Path, a.Body.With("Input.Note", r), "note: reason missing"))
            : note;
        var framing = PageFormFraming.Defects(a.Body).Select(b => new PageFormDefect(s, a.Path, b.Body, $"framing: {b.Defect}"));
        return Gen.Frequency((4, note), (4, action), (3, version), (4, person), (2, target), (2, reason), (2, framing));
    }

    private static string Version(PageFormTargets targets, Guid id) => targets.Versions[id].ToString(CultureInfo.InvariantCulture);
}
