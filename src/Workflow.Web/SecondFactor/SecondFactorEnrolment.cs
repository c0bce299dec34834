using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using QRCoder;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Options;

namespace Workflow.Web.SecondFactor;

/// <summary>Setting up an authenticator app (a new secret, confirmed with a first code) (an administrator resets it: PersonAccounts).</summary>
public sealed class SecondFactorEnrolment(WorkflowDbContext db, TotpCodes totp, SecondFactorCheck check,
    IOptions<SecondFactorOptions> options, TimeProvider clock)
{
    public static readonly Failure AlreadySetUp = Failure.Conflict("A second factor is already set up; an administrator can reset it.");

    /// <summary>A new secret for a person without a confirmed second factor; any earlier unconfirmed one is replaced.</summary>
    public async Task<Outcome<TotpSetup>> BeginAsync(AppUser user, CancellationToken ct)
    {
        if (user.TotpEnabledAt is not null)
            return AlreadySetUp;
        var secret = TotpCodes.NewSecret();
        user.TotpSecret = totp.Protect(secret);
        user.TotpLastStep = 0;
        await db.SaveChangesAsync(ct);
        return Show(user, secret);
    }

    /// <summary>
    /// The unconfirmed secret again, or a new one when there is none: the set-up page shown again (reloaded, or after
    /// a wrong code) must not change a secret the person may already have scanned.
    /// </summary>
    public async Task<Outcome<TotpSetup>> ResumeAsync(AppUser user, CancellationToken ct) =>
        user is { TotpEnabledAt: null, TotpSecret: { } pending } ? Show(user, totp.Unprotect(pending)) : await BeginAsync(user, ct);

    private TotpSetup Show(AppUser user, string secret)
    {
        var uri = TotpCodes.KeyUri(options.Value.Issuer, user.UserName ?? user.Id, secret);
        using var qr = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        // Inline SVG, no image request: the CSP stays as it is and the secret never reaches a log as a URL.
        var svg = new SvgQRCode(qr).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        return new TotpSetup(secret, uri, svg);
    }

    /// <summary>Confirms the set-up with a first code; answers the recovery codes, shown once and stored hashed.</summary>
    public async Task<Outcome<string[]>> ConfirmAsync(AppUser user, string? code, string address, CancellationToken ct)
    {
        if (user.TotpEnabledAt is not null)
            return AlreadySetUp;
        if (user.TotpSecret is null)
            return Failure.Invalid("code", "Start the set-up first.");
        if (!string.IsNullOrWhiteSpace(code) && code.Trim().Length != 6)
            return SecondFactorCheck.Malformed;
        if (await check.AcceptAsync(user, code, address, ct) is { } failure)
            return failure;
        var now = clock.GetUtcNow();
        var codes = RecoveryCodes.New();
        await db.RecoveryCodes.Where(r => r.UserId == user.Id).ExecuteDeleteAsync(ct);
        db.RecoveryCodes.AddRange(codes.Select(c => new RecoveryCode { UserId = user.Id, CodeHash = RecoveryCodes.Hash(c), CreatedAt = now }));
        user.TotpEnabledAt = now;
        await db.SaveChangesAsync(ct);
        return codes.ToArray();
    }
}
