using System.Text;
using CsCheck;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// JSON bodies for the API's write endpoints. <see cref="Defective"/> gives bodies with at least one defect that
/// the endpoint must refuse (syntax, encoding, nesting, wrong types, markup, controls, noncharacters, lengths,
/// missing or blank fields),
/// dressed with extra fields and hostile text that alone would be acceptable.
/// </summary>
public static class JsonBodies
{
    private static readonly string[] DraftFields = ["issuer", "subject", "salutation", "body"];
    private static readonly Dictionary<string, int> MaxLength = new() { ["issuer"] = 200, ["subject"] = 300, ["salutation"] = 200, ["body"] = 20_000 };

    /// <summary>Property names the bound records know (case-insensitively): an extra field must never be one of them.</summary>
    private static readonly HashSet<string> Known = new(["note", "version", "routeId", "userName", "password", .. DraftFields], StringComparer.OrdinalIgnoreCase);

    public static readonly Gen<string> WrongType = Gen.OneOf(
        Gen.OneOf("5", "-1.5e300", "true", "false", "{}", "[]", "[\"x\"]", "{\"th\":\"x\"}", "0", "1e400"),
        Gen.Int[65, 3_000].Select(Nested));

    /// <summary>Not an int: AllowReadingFromString accepts "12", so only text that is no number, fractions and overflows.</summary>
    private static readonly Gen<string> BadVersion = Gen.OneOf(
        "\"latest\"", "\"\"", "\"0x10\"", "\"๓\"", "1.5", "2147483648", "-2147483649", "1e400", "true", "{}", "[]", "\"1; DROP\"");

    private static readonly Gen<string> AnyJsonValue = Gen.Frequency(
        (3, HostileText.Mixed.Select(HostileText.JsonString)),
        (2, WrongType),
        (1, Gen.Const("null")),
        (1, Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static readonly Gen<(string Name, string Value)[]> Extras =
        Gen.Select(HostileText.Any.Where(n => !Known.Contains(n)), AnyJsonValue).Array[0, 3];

    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    private static string Object(IEnumerable<(string Name, string Value)> fields) =>
        "{" + string.Join(",", fields.Select(f => $"{HostileText.JsonString(f.Name)}:{f.Value}")) + "}";

    /// <summary>A defective body for the write endpoint; see <see cref="WriteKind"/>.</summary>
    public static Gen<FuzzBody> Defective(WriteKind kind) => kind switch
    {
        WriteKind.Login => Login,
        WriteKind.Create => Draft(create: true),
        WriteKind.Update => Draft(create: false),
        WriteKind.Action => Action,
        WriteKind.Upload => UploadBodies.Defective,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Defects every JSON endpoint refuses whatever its fields: broken syntax, bad UTF-8, a root that is no object.</summary>
    private static Gen<FuzzBody> Broken(string validJson, bool nullRootIsDefect) => Gen.Frequency(
        [
        (3, Gen.Int[1, validJson.Length - 1].Select(n => FuzzBody.Json("syntax:truncated", validJson[..n]))),
        (1, Gen.Const(FuzzBody.Json("syntax:single-quotes", validJson.Replace('"', '\'')))),
        (1, Gen.Const(FuzzBody.Json("syntax:trailing-comma", validJson[..^1] + ",}"))),
        (1, Gen.Const(FuzzBody.Json("syntax:comment", "{/* x */" + validJson[1..]))),
        (1, Gen.Const(FuzzBody.Json("syntax:trailing-garbage", validJson + "}x"))),
        (1, Gen.Const(FuzzBody.Json("syntax:unquoted-key", "{a:1," + validJson[1..]))),
        (1, Gen.Const(FuzzBody.Json("syntax:nan", validJson[..^1] + ",\"version\":NaN}"))),
        (1, Gen.Int[65, 5_000].Select(d => FuzzBody.Json("deep-nesting", Nested(d)))),
        (1, Gen.Int[65, 2_000].Select(d => FuzzBody.Json("deep-nesting:object", string.Concat(Enumerable.Repeat("{\"a\":", d)) + "1" + new string('}', d)))),
        // Random bytes that could spell "null" (after whitespace or a BOM) would be a valid empty action.
        (2, Gen.Byte.Array[1, 200].Where(b => b[0] is not ((byte)'{' or (byte)'n' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF))
            .Select(b => new FuzzBody("random-bytes", b, "application/json"))),
        (2, InvalidUtf8(validJson)),
        (2, Gen.OneOf("[1,2,3]", "\"just a string\"", "42", "true", "[{}]", "[null]").Select(j => FuzzBody.Json("root-not-object", j))),
        .. nullRootIsDefect ? [(1, Gen.OneOf("null", "", " ", "\ufeff").Select(j => FuzzBody.Json("root-null-or-empty", j)))] : Array.Empty<(int, IGen<FuzzBody>)>(),
        ]);

    private static readonly byte[][] BadUtf8 = [[0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xE0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80]];

    /// <summary>Invalid UTF-8 inside the first string value of the object.</summary>
    private static Gen<FuzzBody> InvalidUtf8(string validJson) => Gen.OneOf(BadUtf8).Select(bad =>
    {
        var bytes = Encoding.UTF8.GetBytes(validJson);
        var colon = Array.IndexOf(bytes, (byte)':');
        var quote = Array.IndexOf(bytes, (byte)'"', colon + 1);
        return new FuzzBody("invalid-utf8", [.. bytes[..(quote + 1)], .. bad, .. bytes[(quote + 1)..]], "application/json", NeedsUtf8: true);
    });

    private static Gen<FuzzBody> WithExtras(string kind, Dictionary<string, string> fields) =>
        Extras.Select(extras => FuzzBody.Json(kind, Object(fields.Select(f => (f.Key, f.Value)).Concat(extras))));

    // Action: {note, version}, both optional; an absent or null body is a valid action, so neither is a defect here.
    private static Gen<FuzzBody> Action => HostileText.Mixed.SelectMany(valid => Gen.Frequency(
        (2, Gen.OneOf(HostileText.Markup).SelectMany(m => WithExtras("action:note-markup", Fields(("note", valid + m))))),
        (2, Gen.OneOf(HostileText.Controls).SelectMany(c => WithExtras("action:note-control", Fields(("note", c + valid))))),
        (2, Gen.OneOf(HostileText.Noncharacters).SelectMany(n => WithExtras("action:note-noncharacter", Fields(("note", valid + n))))),
        (2, HostileText.Huge.SelectMany(h => WithExtras("action:note-too-long", Fields(("note", h))))),
        (2, WrongType.SelectMany(w => WithExtras("action:note-wrong-type", FieldsRaw(("note", w))))),
        (2, BadVersion.SelectMany(v => WithExtras("action:version-wrong-type", FieldsRaw(("version", v), ("note", HostileText.JsonString(valid)))))),
        (4, Broken("{\"note\":\"เพื่อโปรดทราบ\",\"version\":1}", nullRootIsDefect: false))));

    private static Gen<FuzzBody> Login => Gen.Frequency(
        (3, Gen.Select(HostileText.Mixed, HostileText.Mixed).Select(p => FuzzBody.Json("login:unknown-user", Object([("userName", HostileText.JsonString("fuzz-" + p.Item1)), ("password", HostileText.JsonString(p.Item2))])))),
        (1, HostileText.Huge.Select(h => FuzzBody.Json("login:too-long", Object([("userName", HostileText.JsonString(h)), ("password", "\"x\"")])))),
        (1, WrongType.Select(w => FuzzBody.Json("login:wrong-type", Object([("userName", w), ("password", w)])))),
        (1, Gen.Const(FuzzBody.Json("login:missing-password", "{\"userName\":\"fuzz\"}"))),
        (3, Broken("{\"userName\":\"fuzz-user\",\"password\":\"fuzz-password\"}", nullRootIsDefect: true)));

    private static Gen<FuzzBody> Draft(bool create) => Gen.Select(Gen.OneOf(DraftFields), HostileText.Mixed).SelectMany(pick =>
    {
        var (field, hostile) = pick;
        var fields = ValidDraft();
        // A new draft without ส่วนราชการ takes the author's department's issuing line (ADR 15): not a defect there.
        string[] missing = create && field == "issuer" ? ["\"\"", "\"x\""] : ["remove", "null", "\"\"", "\"x\""];
        (int, IGen<FuzzBody>)[] defects =
        [
            (2, Gen.OneOf(missing).SelectMany(how =>
            {
                var changed = new Dictionary<string, string>(fields);
                if (how == "remove")
                    changed.Remove(field);
                else
                    changed[field] = how;
                return WithExtras($"draft:{field}-missing-or-short", changed);
            })),
            (2, Gen.OneOf(HostileText.Markup).SelectMany(m => Set(fields, field, HostileText.JsonString(hostile + m), $"draft:{field}-markup"))),
            (2, Gen.OneOf(HostileText.Controls).SelectMany(c => Set(fields, field, HostileText.JsonString(c + hostile), $"draft:{field}-control"))),
            (2, Gen.OneOf(HostileText.Noncharacters).SelectMany(n => Set(fields, field, HostileText.JsonString(hostile + n), $"draft:{field}-noncharacter"))),
            (1, HostileText.Blank.SelectMany(b => Set(fields, field, HostileText.JsonString(b), $"draft:{field}-blank-once-cleaned"))),
            (2, Gen.Int[1, 40_000].SelectMany(n => Set(fields, field, HostileText.JsonString(new string('ก', MaxLength[field] + n)), $"draft:{field}-too-long"))),
            (2, WrongType.SelectMany(w => Set(fields, field, w, $"draft:{field}-wrong-type"))),
            (1, BadVersion.SelectMany(v => Set(fields, "version", v, "draft:version-wrong-type"))),
            (1, Gen.Int[65, 500].SelectMany(n => Set(fields, "routeId", HostileText.JsonString(new string('r', n)), "draft:routeId-too-long"))),
            (4, Broken(Object(fields.Select(f => (f.Key, f.Value))), nullRootIsDefect: true)),
        ];
        // An unknown route is refused on creation only: an update ignores routeId.
        (int, IGen<FuzzBody>)[] createOnly =
        [
            (1, HostileText.Mixed.Where(r => r.Length <= 64 && r.Trim() is not ("memo-approval" or "finance-approval"))
                .SelectMany(r => Set(fields, "routeId", HostileText.JsonString(r), "draft:routeId-unknown"))),
        ];
        return Gen.Frequency(create ? [.. defects, .. createOnly] : defects);
    });

    private static Gen<FuzzBody> Set(Dictionary<string, string> fields, string field, string value, string kind) =>
        WithExtras(kind, new Dictionary<string, string>(fields) { [field] = value });

    private static Dictionary<string, string> ValidDraft() => new()
    {
        ["routeId"] = "\"memo-approval\"",
        ["issuer"] = HostileText.JsonString("สำนักปลัดเทศบาล"),
        ["subject"] = HostileText.JsonString("รายงานผลการพิจารณา"),
        ["salutation"] = HostileText.JsonString("นายกเทศมนตรี"),
        ["body"] = HostileText.JsonString("ตามที่ได้รับมอบหมาย\nจึงเรียนมาเพื่อโปรดพิจารณา"),
    };

    private static Dictionary<string, string> Fields(params (string Name, string Text)[] fields) =>
        fields.ToDictionary(f => f.Name, f => HostileText.JsonString(f.Text));

    private static Dictionary<string, string> FieldsRaw(params (string Name, string Json)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Json);

    /// <summary>Any body at all, well formed or not: for requests that cannot write whatever they carry.</summary>
    public static readonly Gen<FuzzBody> Anything = Gen.Frequency(
        (4, Gen.Const(FuzzBody.None)),
        (2, Gen.OneOf(WriteKind.Login, WriteKind.Create, WriteKind.Update, WriteKind.Action, WriteKind.Upload).SelectMany(Defective)),
        (1, Gen.Const(FuzzBody.Json("valid:draft", Object(ValidDraft().Select(f => (f.Key, f.Value)))))),
        (1, HostileText.Mixed.Select(n => FuzzBody.Json("valid:action-with-hostile-note", Object([("note", HostileText.JsonString(n))])))),
        (1, Gen.Const(FuzzBody.Json("valid:empty-object", "{}"))),
        (1, Gen.Byte.Array[0, 500].Select(b => new FuzzBody("random-bytes", b, "application/octet-stream"))));
}
