package org.policysearch.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policysearch.task.Role;

class AgencyRegistryTest {

    private final AgencyRegistry registry = AgencyRegistry.bundled();

    /** Aliases and abbreviations of one agency share its canonical name. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            自治区发展改革委,         宁夏回族自治区发展改革委
            自治区发改委,             宁夏回族自治区发展改革委
            自治区发展和改革委员会,     宁夏回族自治区发展改革委
            自治区人力资源和社会保障厅, 宁夏回族自治区人力资源社会保障厅
            自治區財政廳,             宁夏回族自治区财政厅
            各市、县〔区〕人民政府,    宁夏各市、县（区）人民政府
            人行银川中心支行,         人民银行银川中心支行
            人民银行银川中心支行,     人民银行银川中心支行
            """)
    void aliasesShareACanonicalName(String written, String canonical) {
        assertEquals(Optional.of(canonical), registry.canonical(written, "宁夏"));
    }

    /** The 2018 institutional reform and the 2021 change, as NOTES.md lists them. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            宁夏回族自治区农牧厅,       宁夏回族自治区农业农村厅
            宁夏回族自治区环境保护厅,   宁夏回族自治区生态环境厅
            宁夏回族自治区国土资源厅,   宁夏回族自治区自然资源厅
            宁夏回族自治区经济和信息化委, 宁夏回族自治区工业和信息化厅
            宁夏回族自治区卫生计生委,   宁夏回族自治区卫生健康委
            宁夏回族自治区卫生厅,       宁夏回族自治区卫生健康委
            宁夏回族自治区扶贫办,       宁夏回族自治区乡村振兴局
            宁夏银监局,               宁夏银保监局
            宁夏回族自治区财政厅,       宁夏回族自治区财政厅
            """)
    void followsTheLineOfSuccession(String canonical, String latest) {
        assertEquals(latest, registry.latestSuccessor(canonical));
    }

    @Test
    void sameWrittenNameMeansAnotherAgencyInAnotherRegion() {
        assertEquals(Optional.empty(), registry.canonical("自治区财政厅", "内蒙古"));
    }

    @Test
    void refusesAnAliasNamingTwoAgencies() {
        String json = """
                [{"canonical":"A厅","region":"宁夏","names":["自治区甲"]},
                 {"canonical":"B厅","region":"宁夏","names":["自治区甲"]}]""";
        var e = assertThrows(IllegalArgumentException.class,
                () -> AgencyRegistry.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertEquals("自治区甲 names both A厅 and B厅", e.getMessage());
    }

    /** A shared prefix applies to the bare names after it, not to names with a place of their own. */
    @Test
    void expandsASharedPrefix() {
        var resolved = new AgencyResolver(registry).resolve(Map.of(
                Role.LEAD, List.of("自治区财政厅"),
                Role.COOPERATING, List.of("发展改革委", "农牧厅", "残联", "宁夏银监局", "五市人民政府", "各市、县（区）人民政府")), "宁夏");
        assertEquals(List.of("自治区发展改革委", "自治区农牧厅", "自治区残联", "宁夏银监局", "五市人民政府", "各市、县（区）人民政府"),
                resolved.get(Role.COOPERATING).written());
        assertEquals(List.of("宁夏回族自治区发展改革委", "宁夏回族自治区农牧厅", "宁夏回族自治区残联", "宁夏银监局",
                "宁夏五市人民政府", "宁夏各市、县（区）人民政府"), resolved.get(Role.COOPERATING).canonical());
        assertEquals(List.of(), resolved.get(Role.COOPERATING).unknown());
    }

    @Test
    void reportsAnAgencyTheRegistryLacks() {
        var resolved = new AgencyResolver(registry).resolve(Map.of(Role.LEAD, List.of("自治区财政厅", "数据局")), "宁夏");
        assertEquals(List.of("自治区财政厅", "自治区数据局"), resolved.get(Role.LEAD).written());
        assertEquals(List.of("宁夏回族自治区财政厅", "自治区数据局"), resolved.get(Role.LEAD).canonical());
        assertEquals(List.of("自治区数据局"), resolved.get(Role.LEAD).unknown());
    }
}
