using FsCheck;
using FsCheck.Fluent;
using TelnetTui.Toml.Tests.Documents;

namespace TelnetTui.Toml.Tests.Properties;

/// <summary>
/// Issue 4, "Property tests: random documents built from the grammar round-trip": documents from
/// <see cref="TomlDocumentGenerator"/> read to the values they were built from, write back byte
/// for byte, survive <see cref="TomlWriter"/>, and take scalar edits without changes elsewhere.
/// </summary>
public class GeneratedDocumentTests
{
    private const int Cases = 400;

    private static Arbitrary<GeneratedDocument> Documents() =>
        Gen.Choose(0, int.MaxValue - 1).SelectMany(seed => Gen.Sized(size => Gen.Constant(TomlDocumentGenerator.Generate(seed, 1 + size / 10))))
            .ToArbitrary();

    private static void Check(Func<GeneratedDocument, bool> property) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(Documents(), property));

    [Fact]
    public void Generated_documents_read_to_the_values_they_were_built_from() =>
        Check(doc => TomlReader.Read(doc.Text, "generated.toml").Equals(doc.Expected));

    [Fact]
    public void Generated_documents_are_written_back_byte_for_byte() =>
        Check(doc =>
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(doc.Text);
            var document = TomlDocument.Parse(bytes, "generated.toml");
            return document.ToString() == doc.Text && document.ToUtf8Bytes().AsSpan().SequenceEqual(bytes);
        });

    [Fact]
    public void Writer_output_of_generated_values_reads_back_equal() =>
        Check(doc => TomlReader.Read(TomlWriter.Write(doc.Expected), "written.toml").Equals(doc.Expected));

    [Fact]
    public void Setting_a_scalar_in_a_generated_document_changes_only_that_value() =>
        Check(doc =>
        {
            var document = TomlDocument.Parse(doc.Text);
            var paths = EditLocalityTests.ScalarPaths(document.Root, TomlPath.Root).ToList();
            if (paths.Count == 0)
                return true;
            var path = paths[doc.Text.Length % paths.Count];
            var span = document.Get(path)!.Syntax!.Span;
            document.Set(path, EditLocalityTests.Mutate(document.Get(path)!));
            var edited = document.ToString();
            return edited.StartsWith(doc.Text[..span.Start], StringComparison.Ordinal)
                && edited.EndsWith(doc.Text[span.End..], StringComparison.Ordinal);
        });
}
