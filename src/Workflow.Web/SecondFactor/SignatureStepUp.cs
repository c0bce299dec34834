using Microsoft.Extensions.Options;
using Workflow.Core.SecondFactor;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Options;

namespace Workflow.Web.SecondFactor;

/// <summary>
/// Before a signature: a person with a second factor needs one accepted within the step-up window, or a fresh
/// code now; a person who must have one and has not set it up cannot sign (the sign-in gate normally stops them first).
/// </summary>
public sealed class SignatureStepUp(WorkflowDbContext db, SecondFactorRequirement requirement, SecondFactorCheck check, IHttpContextAccessor http,
    IOptions<SecondFactorOptions> options, TimeProvider clock)
{
    public static readonly Failure NotSetUp = new(StatusCodes.Status403Forbidden, "second-factor-not-set-up",
        "Signing needs a second factor: set up an authenticator app first.", "code");

    /// <summary>Whether the signature is confirmed with a second factor, or why it may not be made.</summary>
    public async Task<Outcome<bool>> ConfirmAsync(CurrentUser user, string? code, CancellationToken ct)
    {
        var person = await db.Users.FindAsync([user.Id], ct);
        if (person is null)
            return Failure.NotFound("User");
        if (person.TotpEnabledAt is null)
            return requirement.IsRequired(user) ? NotSetUp : false;
        if (string.IsNullOrWhiteSpace(code) && IsFresh(person))
            return true;
        var address = http.HttpContext is { } context ? ClientAddress.Of(context) : ClientAddress.Unknown;
        return await check.AcceptAsync(person, code, address, ct) is { } failure ? failure : true;
    }

    /// <summary>Whether the sign form must ask this person for a code now.</summary>
    public async Task<bool> NeedsCodeAsync(CurrentUser user, CancellationToken ct) =>
        await db.Users.FindAsync([user.Id], ct) is { TotpEnabledAt: not null } person && !IsFresh(person);

    private bool IsFresh(AppUser person) => SecondFactorRule.IsFresh(person.SecondFactorAt, clock.GetUtcNow(), options.Value.StepUpWindow);
}
