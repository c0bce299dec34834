using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Administration;
using Workflow.Web.Administration.People;
using Workflow.Web.Application;

namespace Workflow.Web.Pages.Admin.People;

/// <summary>One person: edit their details, their account (deactivate, reactivate, temporary password, administrator), their history.</summary>
public sealed class PersonModel(Administration.People.People people, PersonAccounts accounts, AdminAuditTrail trail) : PeoplePageModel
{
    public sealed class PasswordInput
    {
        [Display(Name = "Field.TemporaryPassword")]
        [Required(ErrorMessage = "Validation.Required"), StringLength(PasswordChange.MaxLength, ErrorMessage = "Validation.MaxLength")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }
    }

    private static readonly string[] Notices = ["Created", "Updated", "Deactivated", "Reactivated", "PasswordSet", "AdministratorGranted", "AdministratorRevoked", "SecondFactorReset"];

    [BindProperty]
    public PersonInput Input { get; set; } = new();

    [BindProperty]
    public PasswordInput Password { get; set; } = new();

    public PersonView? Person { get; private set; }

    public IReadOnlyList<AdminAuditView> History { get; private set; } = [];

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return Fail(PersonFailures.NotFound);
        Input = PersonInput.From(Person!);
        Done = Notices.Contains(done) ? done : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        // The details form sends no Password.* field, so MVC binds the password input from the bare "Password" key too.
        ModelState.Remove(nameof(Password) + "." + nameof(PasswordInput.Password));
        ModelState.Remove(nameof(Password));
        return await RunAsync(id, ModelState.IsValid, by => people.UpdateAsync(id, Input, by, ct), "Updated", ct);
    }

    public Task<IActionResult> OnPostDeactivateAsync(string id, CancellationToken ct) =>
        AccountAsync(id, by => accounts.DeactivateAsync(id, by, ct), "Deactivated", ct);

    public Task<IActionResult> OnPostReactivateAsync(string id, CancellationToken ct) =>
        AccountAsync(id, by => accounts.ReactivateAsync(id, by, ct), "Reactivated", ct);

    public Task<IActionResult> OnPostGrantAsync(string id, CancellationToken ct) =>
        AccountAsync(id, by => accounts.SetAdministratorAsync(id, true, by, ct), "AdministratorGranted", ct);

    public Task<IActionResult> OnPostRevokeAsync(string id, CancellationToken ct) =>
        AccountAsync(id, by => accounts.SetAdministratorAsync(id, false, by, ct), "AdministratorRevoked", ct);

    public Task<IActionResult> OnPostResetSecondFactorAsync(string id, CancellationToken ct) =>
        AccountAsync(id, by => accounts.ResetSecondFactorAsync(id, by, ct), "SecondFactorReset", ct);

    public async Task<IActionResult> OnPostPasswordAsync(string id, CancellationToken ct)
    {
        var valid = ModelState.GetFieldValidationState(nameof(Password) + "." + nameof(PasswordInput.Password)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid;
        var result = await RunAsync(id, valid, by => accounts.SetTemporaryPasswordAsync(id, Password.Password!, by, ct), "PasswordSet", ct);
        Password = new PasswordInput();
        return result;
    }

    protected override string FieldKey(string field) =>
        field == "password" ? "Password.Password" : base.FieldKey(field);

    // Account actions carry no person fields: only their own form's fields count.
    private Task<IActionResult> AccountAsync(string id, Func<AdminActor, Task<Outcome<PersonView>>> act, string done, CancellationToken ct) =>
        RunAsync(id, valid: true, act, done, ct);

    private async Task<IActionResult> RunAsync(string id, bool valid, Func<AdminActor, Task<Outcome<PersonView>>> act, string done, CancellationToken ct)
    {
        if (await ActorAsync() is not { } by)
            return SignInAgain();
        if (!valid)
        {
            await LoadAsync(id, ct);
            return Invalid();
        }

        var result = await act(by);
        if (result.Succeeded)
            return RedirectToPage(new { id, done });
        var shown = Fail(result.Failure);
        var edited = Input;
        await LoadAsync(id, ct);
        Input = done == "Updated" || Person is null ? edited : PersonInput.From(Person);
        return shown;
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        await LoadDepartmentsAsync(ct);
        Person = await people.GetAsync(id, ct);
        if (Person is null)
            return false;
        History = await trail.HistoryAsync(Administration.People.People.Subject, id, ct);
        return true;
    }
}
