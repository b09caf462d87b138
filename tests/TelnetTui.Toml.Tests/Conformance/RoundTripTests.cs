namespace TelnetTui.Toml.Tests.Conformance;

/// <summary>
/// Issue 4, "Round-trip tests": every valid toml-test file read as a <see cref="TomlDocument"/> and
/// written back unchanged gives the same bytes, and <see cref="TomlWriter"/>'s fresh text reads back
/// to equal values.
/// </summary>
public class RoundTripTests
{
    public static TheoryData<string> ValidCases() => TomlTestSuite.Data(TomlTestSuite.ValidCases());

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Unchanged_document_is_written_back_byte_for_byte(string relative)
    {
        var bytes = File.ReadAllBytes(TomlTestSuite.PathOf(relative));
        var document = TomlDocument.Parse(bytes, relative);
        Assert.Equal(bytes, document.ToUtf8Bytes());
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Syntax_items_cover_the_text_exactly_once_in_order(string relative)
    {
        var document = TomlDocument.Parse(File.ReadAllBytes(TomlTestSuite.PathOf(relative)), relative);
        var tree = TestAccess.Tree(document);
        var at = tree.BomLength;
        foreach (var item in tree.Items)
        {
            Assert.Equal(at, item.Span.Start);
            at = item.Span.End;
        }
        Assert.Equal(tree.Source.Text.Length, at);
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Writer_output_reads_back_to_equal_values(string relative)
    {
        var table = TomlReader.Read(File.ReadAllBytes(TomlTestSuite.PathOf(relative)), relative);
        var written = TomlWriter.Write(table);
        var reread = TomlReader.Read(written, "written.toml");
        Assert.True(table.Equals(reread), $"{relative} written as:\n{written}");
    }
}
