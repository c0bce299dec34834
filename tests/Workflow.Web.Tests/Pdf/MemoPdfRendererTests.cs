using System.Text.RegularExpressions;
using SkiaSharp;
using Workflow.Core.Classification;
using Workflow.Web.Options;
using Workflow.Web.Pdf;
using Workflow.Web.Public;
using static Workflow.Web.Tests.Pdf.RenderedPdf;

namespace Workflow.Web.Tests.Pdf;

public sealed class MemoPdfRendererTests
{
    [Fact]
    public void Pdf_text_gives_back_the_snapshot_in_the_order_of_the_sheet()
    {
        var memo = ReferenceMemo.Build();
        var text = Squeezed(Poppler.Text(Save("reference-memo", memo, Emblem())));

        string[] pieces =
        [
            "บันทึกข้อความ", "ส่วนราชการ", memo.Issuer, "ที่", memo.RegisterNumber, "วันที่", memo.MemoDateThai, "เรื่อง", memo.Subject,
            "เรียน" + memo.Salutation, .. memo.Paragraphs, $"({memo.AuthorName})", "นิติกรชำนาญการ", "สิ่งที่ส่งมาด้วย",
            "๑." + memo.Attachments[0].FileName, .. memo.Chain.Skip(1).SelectMany(a => a.MarginalNote),
        ];
        var at = 0;
        foreach (var piece in pieces)
        {
            var found = text.IndexOf(Squeezed(piece), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"\"{piece}\" is missing after position {at} of the PDF's text:\n{text}");
            at = found + Squeezed(piece).Length;
        }
    }

    [Fact]
    public void Pdf_text_keeps_the_acting_wording_and_thai_digits()
    {
        var text = Poppler.Text(Save("acting-and-digits", ReferenceMemo.Build()));

        Assert.Contains(ReferenceMemo.Acting, text);
        Assert.Contains("นม ๕๓๘๐๑/๓๓๕", text);
        Assert.Contains("๒๘ เมษายน พ.ศ. ๒๕๖๙", text);
        Assert.DoesNotMatch("[0-9]", text);
    }

    [Fact]
    public void Pdf_embeds_laksaman_regular_and_bold()
    {
        var fonts = Poppler.Run("pdffonts", Save("fonts", ReferenceMemo.Build()));

        var embedded = fonts.Split('\n').Where(l => l.Contains("Laksaman", StringComparison.Ordinal)).ToList();
        Assert.Contains(embedded, l => Regex.IsMatch(l, @"^\S*Laksaman(?!-Bold)\S*\s.*\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$"));
        Assert.Contains(embedded, l => Regex.IsMatch(l, @"^\S*Laksaman-Bold\S*\s.*\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$"));
        Assert.All(fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0), l => Assert.Contains("Laksaman", l));
    }

    [Fact]
    public void Each_face_is_embedded_cut_down_to_what_the_memo_draws_and_the_pages_look_the_same()
    {
        var memo = ReferenceMemo.Build(notes: 12);
        var cut = Save("faces-cut", memo, Emblem());
        var whole = Path.Combine(Folder, "faces-whole.pdf");
        File.WriteAllBytes(whole, new MemoPdfRenderer(PdfFonts.For(new PdfOptions().FullDirectory("/"))) { CutFaces = false }
            .Render(memo, new MemoLetterhead(Emblem(), "เทศบาลตำบลโชคชัย")));

        // /Length1 is a font program's size before compression: the whole files are 113,608 and 111,000 bytes.
        var embedded = Regex.Matches(File.ReadAllText(cut, System.Text.Encoding.Latin1), @"/Length1 (\d+)").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(2, embedded.Count);
        Assert.All(embedded, size => Assert.InRange(size, 1, 60_000));
        Assert.Equal(Poppler.Text(whole), Poppler.Text(cut));
        Assert.Equal(Poppler.Pages(whole), Poppler.Pages(cut));
        for (var page = 1; page <= Poppler.Pages(cut); page++)
            Assert.True(SamePixels(PagePng(whole, page), PagePng(cut, page)), $"page {page} differs between the whole and the cut-down faces");
    }

    private static string PagePng(string pdf, int page)
    {
        var prefix = Path.ChangeExtension(pdf, null) + $"-p{page}";
        Poppler.Run("pdftoppm", "-png", "-r", "100", "-f", $"{page}", "-l", $"{page}", "-singlefile", pdf, prefix);
        return prefix + ".png";
    }

    private static bool SamePixels(string a, string b)
    {
        using var first = SKBitmap.Decode(a);
        using var second = SKBitmap.Decode(b);
        return first.Width == second.Width && first.Height == second.Height && first.Pixels.SequenceEqual(second.Pixels);
    }

    [Fact]
    public void Every_page_renders_to_a_png_with_ink_on_it()
    {
        var pdf = Save("pages", ReferenceMemo.Build(notes: 12), Emblem());
        var prefix = Path.Combine(Folder, "pages-page");
        foreach (var old in Directory.GetFiles(Folder, "pages-page-*.png"))
            File.Delete(old);

        Poppler.Run("pdftoppm", "-png", "-r", "100", pdf, prefix);

        var pngs = Directory.GetFiles(Folder, "pages-page-*.png");
        Assert.Equal(Poppler.Pages(pdf), pngs.Length);
        Assert.All(pngs, png => Assert.True(InkedPixels(png) > 2000, $"{png} is (nearly) blank"));
    }

    [Fact]
    public void Emblem_is_the_one_image_when_given_and_absent_otherwise()
    {
        static int Images(string pdf) => Poppler.Run("pdfimages", "-list", pdf).Split('\n').Skip(2)
            .Count(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, _, "image", ..]);

        Assert.Equal(1, Images(Save("with-emblem", ReferenceMemo.Build(), Emblem())));
        Assert.Equal(0, Images(Save("without-emblem", ReferenceMemo.Build())));
    }

    [Fact]
    public void Emblem_that_is_not_an_image_is_left_out_and_the_memo_still_renders()
    {
        var pdf = Save("broken-emblem", ReferenceMemo.Build(), "not a png"u8.ToArray());

        Assert.Equal(2, Poppler.Run("pdfimages", "-list", pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(Squeezed(ReferenceMemo.Subject), Squeezed(Poppler.Text(pdf)));
    }

    [Fact]
    public void Renderings_at_the_same_time_on_the_one_renderer_give_the_same_file()
    {
        var memo = ReferenceMemo.Build(Urgency.Urgent, notes: 8);
        var expected = Render(memo, Emblem());

        var results = new byte[6][];
        Parallel.For(0, results.Length, i => results[i] = Render(memo, Emblem()));

        Assert.All(results, pdf => Assert.Equal(expected, pdf));
    }

    [Fact]
    public void Twelve_marginal_notes_run_onto_a_second_page_numbered_from_it()
    {
        var pdf = Save("twelve-notes", ReferenceMemo.Build(notes: 12));

        Assert.True(Poppler.Pages(pdf) >= 2, "Twelve notes fitted on one page");
        Assert.StartsWith("-๒-", Squeezed(Poppler.PageText(pdf, 2)));
        Assert.DoesNotContain("-๑-", Squeezed(Poppler.PageText(pdf, 1)));
        Assert.Contains("(นายประเสริฐศรีโชคชัย)", Squeezed(Poppler.Text(pdf)));
    }

    [Fact]
    public void Tone_marks_over_upper_vowels_come_back_from_the_pdf()
    {
        const string marks = "ที่นี่ น้ำ ผู้ใหญ่ กี่ปี";
        var memo = ReferenceMemo.Build() with { Paragraphs = [marks, "ก๊วยเตี๋ยว ไก่ย่าง ปั้นจิ้มน้ำปลา"] };

        var text = Poppler.Text(Save("tone-marks", memo));

        Assert.Contains(marks, text);
        Assert.Contains("ก๊วยเตี๋ยว ไก่ย่าง ปั้นจิ้มน้ำปลา", text);
    }

    [Fact]
    public void Urgency_stamp_stands_in_red_above_the_heading_only_when_the_memo_is_urgent()
    {
        var urgent = Save("most-urgent", ReferenceMemo.Build(Urgency.MostUrgent), Emblem());
        var plain = Save("not-urgent", ReferenceMemo.Build());

        var text = Squeezed(Poppler.Text(urgent));
        Assert.True(text.IndexOf("ด่วนที่สุด", StringComparison.Ordinal) is >= 0 and var at && at < text.IndexOf("บันทึกข้อความ", StringComparison.Ordinal));
        Assert.DoesNotContain("ด่วน", Poppler.Text(plain));
        Assert.True(RedPixels(urgent) > 200, "No red stamp on the urgent memo");
        Assert.Equal(0, RedPixels(plain));
    }

    [Fact]
    public void Same_snapshot_renders_the_same_file_dated_at_signing()
    {
        var memo = ReferenceMemo.Build();
        var first = Save("same-1", memo);
        var second = Save("same-2", memo);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        var info = Poppler.Run("pdfinfo", "-isodates", first);
        Assert.Matches(@"CreationDate:\s+2026-04-28T0?2:30:00", info);
        Assert.Contains(ReferenceMemo.Subject, info);
    }

    private static int RedPixels(string pdf)
    {
        var prefix = Path.Combine(Folder, Path.GetFileNameWithoutExtension(pdf) + "-red");
        Poppler.Run("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", pdf, prefix);
        using var bitmap = SkiaSharp.SKBitmap.Decode(prefix + ".png");
        return bitmap.Pixels.Count(p => p.Red > 150 && p.Green < 100 && p.Blue < 100);
    }
}
