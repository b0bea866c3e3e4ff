using PolicyLint.Core.Codes;

namespace PolicyLint.Core.Tests;

public sealed class CodeCatalogueTests
{
    [Fact]
    public void Should_Find_A_Provision_By_Its_Id()
    {
        var code = new CodeCatalogue("hos-2024", "Code", new DateOnly(2024, 4, 1),
            [new Provision("6.2", 6, "Complaints stages", "Acknowledge within five working days.")]);

        code.Find("6.2")!.Summary.Should().Contain("five working days");
        code.Find("6.3").Should().BeNull();
    }
}
