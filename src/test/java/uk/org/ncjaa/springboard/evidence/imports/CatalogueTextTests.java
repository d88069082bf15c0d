package uk.org.ncjaa.springboard.evidence.imports;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.org.ncjaa.springboard.evidence.domain.Container;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueTextTests {

    @Test
    void findsADoiHoweverItIsWrittenAndTakesItOutOfTheText() {
        CatalogueText.FoundDoi inPublisher = CatalogueText.doi("The Howard Journal of Criminal Justice 55(4):496-513 (doi 10.1111/hojo.12183)");
        assertThat(inPublisher.doi()).isEqualTo("10.1111/hojo.12183");
        assertThat(inPublisher.rest()).isEqualTo("The Howard Journal of Criminal Justice 55(4):496-513");

        assertThat(CatalogueText.doi("https://doi.org/10.1002/cl2.1255.").doi()).isEqualTo("10.1002/cl2.1255");
        assertThat(CatalogueText.doi("https://doi.org/10.1002/cl2.1255 ; https://example.org/x").rest()).isEqualTo("; https://example.org/x");
        assertThat(CatalogueText.doi("see DOI: 10.5555/ABC-123, p. 4").doi()).isEqualTo("10.5555/ABC-123");
        assertThat(CatalogueText.doi("http://dx.doi.org/10.1080/10509674.2019.1605712)").doi()).isEqualTo("10.1080/10509674.2019.1605712");
        // a bracket that belongs to the DOI stays
        assertThat(CatalogueText.doi("doi:10.5555/arts_justice-2019(03).").doi()).isEqualTo("10.5555/arts_justice-2019(03)");
        assertThat(CatalogueText.doi("Arts Council England, 2019")).isNull();
    }

    @Test
    void readsJournalCitationsAsContainers() {
        assertThat(CatalogueText.journal("The Howard Journal of Criminal Justice 54(3):277-291", true).container())
            .isEqualTo(new Container("The Howard Journal of Criminal Justice", "54", "3", "277-291"));
        assertThat(CatalogueText.journal("Some Journal 14(4):499-520", false).container())
            .isEqualTo(new Container("Some Journal", "14", "4", "499-520"));
        assertThat(CatalogueText.journal("Journal of X, 12(3), pp. 45-67", false).container())
            .isEqualTo(new Container("Journal of X", "12", "3", "45-67"));
        assertThat(CatalogueText.journal("Campbell Systematic Reviews 18(3) e1255", true).container())
            .isEqualTo(new Container("Campbell Systematic Reviews", "18", "3", "e1255"));

        CatalogueText.Journal numbered = CatalogueText.journal("Prison Service Journal No. 239 (Sept 2018)", true);
        assertThat(numbered.container()).isEqualTo(new Container("Prison Service Journal", null, "239", null));
        assertThat(numbered.rest()).as("what the citation says beyond the number is kept").isEqualTo("Sept 2018");
        assertThat(CatalogueText.journal("Some Journal No. 239 (5)", false).container().issue()).isEqualTo("239");

        assertThat(CatalogueText.journal("Journal of Offender Rehabilitation", true).container().title())
            .isEqualTo("Journal of Offender Rehabilitation");
        assertThat(CatalogueText.journal("Journal of Offender Rehabilitation", false)).as("a name alone only for an article").isNull();
    }

    @Test
    void leavesOrganisationsAsTheyAre() {
        assertThat(CatalogueText.journal("Arts Alliance (Clinks); Northumbria University; Bath Spa University", true)).isNull();
        assertThat(CatalogueText.journal("Ministry of Justice", false)).isNull();
        assertThat(CatalogueText.journal("University of Oregon Press 12(3)", false)).isNull();
        assertThat(CatalogueText.journal("Clean Break", true)).isNull();
    }

    @Test
    void namesTheVenuesASettingLists() {
        assertThat(CatalogueText.venues("prison (HMPs Barlinnie, Greenock, Shotts, Open Estate; HMYOI Polmont)"))
            .containsExactly("HMP Barlinnie", "HMP Greenock", "HMP Shotts", "HMP Open Estate", "HMYOI Polmont");
        assertThat(CatalogueText.venues("prisons/YOIs (HMP Highdown, HMP Lewes, HMP/YOI Bronzefield, HMYOI Cookham Wood, HMYOI Wetherby)"))
            .containsExactly("HMP Highdown", "HMP Lewes", "HMP/YOI Bronzefield", "HMYOI Cookham Wood", "HMYOI Wetherby");
        assertThat(CatalogueText.venues("prison (DSPD Unit, HMP Frankland)", "Evaluation of Artlink Central in HMP & YOI Cornton Vale"))
            .containsExactly("HMP Frankland", "HMP/YOI Cornton Vale");
        assertThat(CatalogueText.venues("Research report: HMP/YOI Winchester Applied Theatre pilot 2018")).containsExactly("HMP/YOI Winchester");
        assertThat(CatalogueText.venues("prison; YOI (Polmont)", "HM Prison Barlinnie and Barlinnie Prison")).containsExactly("HMYOI Polmont",
                "HMP Barlinnie");
        assertThat(CatalogueText.venues("Community Exchange project between detainees at Harmondsworth Immigration Removal Centre"))
            .containsExactly("Harmondsworth Immigration Removal Centre");
        assertThat(CatalogueText.venues("Developments in the HM Prison Service; Scottish Prison Service; National Prison Radio; Music in Prisons"))
            .isEmpty();
    }

    @Test
    void infersTheNationFromPlacesAndPrisons() {
        assertThat(CatalogueText.regions(List.of("HMP Barlinnie", "HMYOI Polmont"), List.of("prison"), List.of())).containsExactly("scotland");
        assertThat(CatalogueText.regions(List.of("HMP Belmarsh", "HMP Parc"), List.of(), List.of())).containsExactly("england", "wales");
        assertThat(CatalogueText.regions(List.of("HMP Maghaberry"), List.of("prison (HMP Maghaberry, Northern Ireland)"), List.of()))
            .containsExactly("northern-ireland");
        assertThat(CatalogueText.regions(List.of(), List.of("youth justice settings (8, England & Wales)"), List.of()))
            .containsExactly("england", "wales");
        assertThat(CatalogueText.regions(List.of(), List.of("US correctional settings (adult & juvenile)"), List.of()))
            .containsExactly("international");
        assertThat(CatalogueText.regions(List.of(), List.of("prisons in New South Wales"), List.of())).containsExactly("international");
        assertThat(CatalogueText.regions(List.of(), List.of("prisons in the Republic of Ireland"), List.of()))
            .containsExactly("republic-of-ireland");
        assertThat(CatalogueText.regions(List.of(), List.of("prison"), List.of("Creative Scotland"))).containsExactly("scotland");
        // a university's city says where it is, not where the study was
        assertThat(CatalogueText.regions(List.of(), List.of("prison"), List.of("University of West London"))).isEmpty();
        assertThat(CatalogueText.regions(List.of(), List.of("community (London Borough of Camden)"), List.of()))
            .containsExactly("london", "england");
    }
}
