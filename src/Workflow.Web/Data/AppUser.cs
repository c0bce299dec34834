using Microsoft.AspNetCore.Identity;

namespace Workflow.Web.Data;

public sealed class AppUser : IdentityUser
{
    /// <summary>Full name as signed on a memo, e.g. "นางสาวพิมพ์ชนก ตัวอย่าง": prefix, first and last name (see PersonName).</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>นาย, นาง, นางสาว, or a rank: จ.อ., พ.จ.อ., ว่าที่ร้อยตรี …</summary>
    public string NamePrefix { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    /// <summary>The personal position with its level (นิติกรชำนาญการ), printed under the name; not the route's post.</summary>
    public string PersonalTitle { get; set; } = "";

    public string? DepartmentKey { get; set; }

    /// <summary>A deactivated person cannot sign in; history keeps their name.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>Set with a temporary password the administrator gave: the person must choose their own at next sign-in.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The language of the person's e-mails: "th" (default) or "en".</summary>
    public string Language { get; set; } = "th";

    public int ProfileVersion { get; set; }

    /// <summary>The TOTP shared secret (Base32), protected with the data-protection key ring; null until set up.</summary>
    public string? TotpSecret { get; set; }

    /// <summary>When the person confirmed their authenticator with a first code; null: no second factor yet.</summary>
    public DateTimeOffset? TotpEnabledAt { get; set; }

    /// <summary>The last TOTP time step accepted: a code is accepted once (RFC 6238 section 5.2).</summary>
    public long TotpLastStep { get; set; }

    /// <summary>When a fresh second factor was last accepted (sign-in or step-up before a signature).</summary>
    public DateTimeOffset? SecondFactorAt { get; set; }

    public List<RecoveryCode> RecoveryCodes { get; set; } = [];

    public List<PostAssignment> Assignments { get; set; } = [];
}
