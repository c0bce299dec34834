namespace Workflow.Web.Administration;

/// <summary>
/// The demo municipality (Demo:SeedUsers only), set through the services the administrator uses and audited as the
/// system: the profile while it has no name yet, and two departments while they do not exist.
/// </summary>
public static class DemoOrganisation
{
    public const string ClerkOffice = "clerk-office";

    public const string Finance = "finance";

    private const string NameTh = "เทศบาลตำบลโชคชัย";

    private const string Telephone = "๐ ๔๔๔๗ ๑๒๓๔";

    public static async Task SeedAsync(OrganisationSettings settings, DepartmentCatalog departments, CancellationToken ct)
    {
        if (settings.Current.NameTh.Length == 0)
        {
            var profile = OrganisationInput.From(settings.Current);
            profile.NameTh = NameTh;
            profile.NameEn = "Chok Chai Subdistrict Municipality";
            profile.LetterCode = "นม 53801";
            profile.Address = "๑ ถนนเทศบาล ตำบลโชคชัย อำเภอโชคชัย จังหวัดนครราชสีมา ๓๐๑๙๐";
            profile.Telephone = Telephone;
            Require(await settings.UpdateAsync(profile, AdminActor.System, ct), "profile");
        }

        foreach (var (key, th, en) in new[] { (ClerkOffice, "สำนักปลัดเทศบาล", "Office of the Municipal Clerk"), (Finance, "กองคลัง", "Finance Division") })
        {
            if (await departments.FindAsync(key, ct) is not null)
                continue;
            var department = new DepartmentInput { Key = key, NameTh = th, NameEn = en, IssuingLine = $"{th} {NameTh} โทร {Telephone}" };
            Require(await departments.CreateAsync(department, AdminActor.System, ct), key);
        }
    }

    private static void Require<T>(Application.Outcome<T> outcome, string what)
    {
        if (!outcome.Succeeded)
            throw new InvalidOperationException($"Demo organisation, {what}: {outcome.Failure.Detail}");
    }
}
