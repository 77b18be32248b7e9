package org.policysearch.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policysearch.task.Role;

class AgencyClauseTest {

    /**
     * Clause as it ends an item | lead | cooperating | implementing (units " | "-separated, shared
     * prefixes not yet expanded). The first rows are real lines of the seeds.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            支持少数民族整村脱贫。（牵头单位：自治区财政厅；配合单位：自治区发展改革委、农牧厅、民委、旅游发展委、扶贫办，五市人民政府） # 自治区财政厅 # 自治区发展改革委 | 农牧厅 | 民委 | 旅游发展委 | 扶贫办 | 五市人民政府 #
            （牵头单位：自治区发展改革委，配合单位：自治区财政厅、宁东管委会）  # 自治区发展改革委 # 自治区财政厅 | 宁东管委会 #
            寻求合作、引进项目。（自治区经济和信息化委、发展改革委分别牵头落实，各市、县（区）人民政府、宁东管委会分别落实） # 自治区经济和信息化委 | 发展改革委 # # 各市、县（区）人民政府 | 宁东管委会
            带头压缩一般性支出。（自治区人民政府办公厅，各市、县（区）人民政府分别牵头落实，自治区监察厅、财政厅、审计厅配合落实，区直各部门（单位）具体落实） # 自治区人民政府办公厅 | 各市、县（区）人民政府 # 自治区监察厅 | 财政厅 | 审计厅 # 区直各部门（单位）
            （自治区扶贫办牵头落实，有关部门（单位）配合落实，各市、县（区）人民政府分别落实） # 自治区扶贫办 # # 各市、县（区）人民政府
            （自治区金融工作局、发展改革委、非公经济服务局、人行银川中心支行分别落实） # # # 自治区金融工作局 | 发展改革委 | 非公经济服务局 | 人行银川中心支行
            （责任单位：自治区商务厅、发展改革委、财政厅，宁东管委会，各市、县〔区〕人民政府） # 自治区商务厅 # 发展改革委 | 财政厅 | 宁东管委会 | 各市、县〔区〕人民政府 #
            到2027年,基本建成智慧园区管理服务体系。(责任单位:自治区工业和信息化厅,宁夏通信管理局,各地级市人民政府、开发区管委会) # 自治区工业和信息化厅 # 宁夏通信管理局 | 各地级市人民政府 | 开发区管委会 #
            （自治区发展改革委牵头，自治区财政厅、交通运输厅配合） # 自治区发展改革委 # 自治区财政厅 | 交通运输厅 #
            （自治区教育厅负责） # # # 自治区教育厅
            （自治区发展改革委牵头，自治区财政厅、统计局参与） # 自治区发展改革委 # 自治区财政厅 | 统计局 #
            （牽頭單位：自治區財政廳；配合單位：自治區發展改革委、農牧廳） # 自治區財政廳 # 自治區發展改革委 | 農牧廳 #
            """)
    void agenciesByRole(String text, String lead, String cooperating, String implementing) {
        AgencyClause clause = AgencyClause.find(text);
        assertEquals(units(lead), clause.agencies().get(Role.LEAD));
        assertEquals(units(cooperating), clause.agencies().get(Role.COOPERATING));
        assertEquals(units(implementing), clause.agencies().get(Role.IMPLEMENTING));
        assertFalse(clause.cutOff());
        assertEquals(text.length(), clause.end());
    }

    /** Some notices put the lists on lines of their own after the item, without brackets. */
    @Test
    void unbracketedLabelLines() {
        String text = "完善工作机制，加强督查考核。\n牵头单位：自治区财政厅\n配合单位：自治区农牧厅、水利厅";
        AgencyClause clause = AgencyClause.find(text);
        assertEquals(text.indexOf("牵头单位"), clause.start());
        assertEquals(List.of("自治区财政厅"), clause.agencies().get(Role.LEAD));
        assertEquals(List.of("自治区农牧厅", "水利厅"), clause.agencies().get(Role.COOPERATING));
    }

    @Test
    void asidesInBracketsAreNotClauses() {
        assertNull(AgencyClause.find("结合空间规划（多规合一）改革试点，加快城市路网、充电站（桩）建设。"));
    }

    @Test
    void clauseCutOffAtTheEndOfAPage() {
        AgencyClause clause = AgencyClause.find("创建资源综合利用示范企业10家。(责任单位:自治区工业和信息化厅,自治区发展改革");
        assertTrue(clause.cutOff());
        assertEquals(List.of("自治区工业和信息化厅"), clause.agencies().get(Role.LEAD));
        assertEquals(List.of("自治区发展改革"), clause.agencies().get(Role.COOPERATING));
    }

    /** 002, line 294: the page break swallowed （责任 and left the rest of the label. */
    @Test
    void clauseWhoseLabelWasCutOff() {
        assertEquals("自治区发展改革委，自治区清洁能源产业高质量发展包抓机制成员单位",
                AgencyClause.headless("单位：自治区发展改革委，自治区清洁能源产业高质量发展包抓机制成员单位）"));
        assertNull(AgencyClause.headless("单位：自治区发展改革委"));
        assertNull(AgencyClause.headless("发展改革委、人力资源社会保障厅）"));
    }

    private static List<String> units(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split("\\|")).map(String::strip).toList();
    }
}
