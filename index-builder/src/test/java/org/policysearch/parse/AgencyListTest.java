package org.policysearch.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyListTest {

    /** Input list | expected units joined with " | " (empty when none). */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            自治区财政厅、发展改革委，五市人民政府                       # 自治区财政厅 | 发展改革委 | 五市人民政府
            各市、县（区）人民政府、宁东管委会                           # 各市、县（区）人民政府 | 宁东管委会
            宁东管委会，各市、县〔区〕人民政府                           # 宁东管委会 | 各市、县〔区〕人民政府
            自治区商务厅以及有关部门（单位）                             # 自治区商务厅
            人行银川中心支行、宁夏银监局、宁夏保监局等有关部门（单位）    # 人行银川中心支行 | 宁夏银监局 | 宁夏保监局
            神华宁煤集团公司、国电集团宁夏分公司等企业                   # 神华宁煤集团公司 | 国电集团宁夏分公司
            有关部门（单位）                                            #
            各负有安全监管职责的部门、单位                               # 各负有安全监管职责的部门
            自治区民委〔宗教事务局〕、教育厅                             # 自治区民委〔宗教事务局〕 | 教育厅
            自治区工业和信息化厅,宁夏通信管理局,各地级市人民政府、开发区管委会 # 自治区工业和信息化厅 | 宁夏通信管理局 | 各地级市人民政府 | 开发区管委会
            各盟市、旗县人民政府；自治区财政厅                           # 各盟市、旗县人民政府 | 自治区财政厅
            """)
    void unitsAsWritten(String list, String expected) {
        List<String> units = expected == null ? List.of() : Arrays.stream(expected.split("\\|")).map(String::strip).toList();
        assertEquals(units, AgencyList.split(list));
    }
}
