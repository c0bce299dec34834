namespace Workflow.Core.Formatting;

/// <summary>A person's name as a Thai memo writes it: the prefix or rank joined to the first name, then the last name.</summary>
public static class PersonName
{
    /// <summary>"นางสาว" + "พิมพ์ชนก" + "ตัวอย่าง" → "นางสาวพิมพ์ชนก ตัวอย่าง"; "จ.อ." + "สมชาย" … → "จ.อ.สมชาย …".</summary>
    public static string Format(string? prefix, string firstName, string lastName) =>
        $"{prefix?.Trim()}{firstName.Trim()} {lastName.Trim()}".Trim();
}
