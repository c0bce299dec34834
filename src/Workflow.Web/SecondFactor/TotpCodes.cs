using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using OtpNet;
using Workflow.Web.Data;

namespace Workflow.Web.SecondFactor;

/// <summary>
/// RFC 6238 codes as authenticator apps make them (SHA-1, 30 s, 6 digits), one step either side for clock drift;
/// the secret is kept protected with the data-protection key ring so a copy of the database does not give it away.
/// </summary>
public sealed class TotpCodes(IDataProtectionProvider protection, TimeProvider clock)
{
    private const string Purpose = "Workflow.SecondFactor.TotpSecret";

    private IDataProtector Protector => protection.CreateProtector(Purpose);

    /// <summary>A new random 160-bit secret in Base32, the length RFC 4226 recommends for SHA-1.</summary>
    public static string NewSecret() => Base32Encoding.ToString(RandomNumberGenerator.GetBytes(20));

    public string Protect(string base32Secret) => Protector.Protect(base32Secret);

    public string Unprotect(string protectedSecret) => Protector.Unprotect(protectedSecret);

    /// <summary>
    /// The time step the code matches, when it is later than the last one accepted: a code, or an earlier one,
    /// is accepted only once (RFC 6238 section 5.2). Null when it does not match or was used.
    /// </summary>
    public long? Match(AppUser user, string code)
    {
        if (user.TotpSecret is null || code.Length != 6 || !code.All(char.IsAsciiDigit))
            return null;
        var totp = new Totp(Base32Encoding.ToBytes(Unprotect(user.TotpSecret)));
        var matched = totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out var step, VerificationWindow.RfcSpecifiedNetworkDelay);
        return matched && step > user.TotpLastStep ? step : null;
    }

    /// <summary>The otpauth:// address an authenticator app reads from the QR code (Key URI format).</summary>
    public static string KeyUri(string issuer, string account, string base32Secret) =>
        new OtpUri(OtpType.Totp, base32Secret, account, issuer).ToString();
}
