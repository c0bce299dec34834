using Workflow.Web.SecondFactor;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Workflow.Core.Engine;
using Workflow.Web.Application;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Memos;

/// <summary>
/// One memo as the official document, with the actions this person may take now, the route and the audited history.
/// The buttons follow <see cref="DocumentView.AllowedActions"/>; the server decides again on every post (MemoActions).
/// </summary>
public sealed class MemoModel(MemoQueries queries, MemoActions actions, SignatureStepUp stepUp) : MemoPageModel
{
    public sealed class ActionInput
    {
        public string? Action { get; set; }

        [Display(Name = "Field.Note")]
        [StringLength(2000, ErrorMessage = "Validation.MaxLength"), PlainText(AllowLineBreaks = true, ErrorMessage = "Validation.PlainText")]
        public string? Note { get; set; }

        public int? Version { get; set; }

        [StringLength(20, ErrorMessage = "Validation.MaxLength")]
        public string? Code { get; set; }
    }

    /// <summary>Whether the sign form asks for a code: the last second factor is older than the step-up window.</summary>
    public bool NeedsCode { get; private set; }

    [BindProperty]
    public ActionInput Input { get; set; } = new();

    public DocumentView? Memo { get; private set; }

    public AuditVerification? Audit { get; private set; }

    /// <summary>The action just carried out (after the redirect), to confirm it.</summary>
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (await Me.GetAsync() is not { } user)
            return SignInAgain();
        if (!await LoadAsync(id, user, ct))
            return Fail(Failure.NotFound("Document"));
        Done = done is "Save" || ActionNamed(done) is not null ? done : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await Me.GetAsync() is not { } user)
            return SignInAgain();
        if (ActionNamed(Input.Action) is not { } action)
        {
            await LoadAsync(id, user, ct);
            return Fail(Failure.Invalid("action", "Unknown action."));
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(id, user, ct);
            return Invalid();
        }

        var done = await actions.ActAsync(id, user, action, Input.Note, Input.Version, ct, Input.Code);
        if (done.Succeeded)
            return RedirectToPage("/Memos/Memo", new { id, done = action.ToString() });
        await LoadAsync(id, user, ct);
        return Fail(done.Failure);
    }

    // The reason of a declassification is the same text box as a route action's note.
    protected override string FieldKey(string field) => field switch
    {
        "note" or "reason" => "Input.Note",
        "code" => "Input.Code",
        _ => "",
    };

    // Only the names the buttons send: Enum.TryParse also takes "1", " Endorse" and "Submit,Endorse" (as flags, = Endorse).
    private static ActionKind? ActionNamed(string? name) =>
        Enum.GetValues<ActionKind>().Select(a => (ActionKind?)a).FirstOrDefault(a => a.ToString() == name);

    private async Task<bool> LoadAsync(Guid id, CurrentUser user, CancellationToken ct)
    {
        var view = await queries.DocumentAsync(id, user, ct);
        if (!view.Succeeded)
            return false;
        Memo = view.Value;
        Audit = (await queries.VerifyAsync(id, user, ct)).Value;
        NeedsCode = Memo.AllowedActions.Contains("Sign") && await stepUp.NeedsCodeAsync(user, ct);
        return true;
    }
}
