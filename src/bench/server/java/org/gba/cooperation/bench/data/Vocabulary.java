package org.gba.cooperation.bench.data;

import java.util.List;

/**
 * The words generated names are made of, each in Traditional Chinese (Hong Kong),
 * Simplified Chinese and English, so that every generated text is written in the three
 * languages (no script conversion is needed, and none is marked).
 */
final class Vocabulary {

	/**
	 * One word or phrase in three languages; {@code cantonese} is the Hong Kong and Macao
	 * romanisation where it differs.
	 */
	record Term(String hant, String hans, String en, String cantonese) {

		Term(String hant, String hans, String en) {
			this(hant, hans, en, en);
		}

	}

	/** Made-up brand words of organisations, labs and projects. */
	static final List<Term> BRANDS = List.of(new Term("華創", "华创", "Huachuang"), new Term("嘉科", "嘉科", "Jiake"),
			new Term("鵬城", "鹏城", "Pengcheng"), new Term("珠江", "珠江", "Zhujiang"), new Term("南方", "南方", "Nanfang"),
			new Term("灣區", "湾区", "Wanqu"), new Term("新圖", "新图", "Xintu"), new Term("卓越", "卓越", "Zhuoyue"),
			new Term("天河", "天河", "Tianhe"), new Term("前海", "前海", "Qianhai"), new Term("橫琴", "横琴", "Hengqin"),
			new Term("河套", "河套", "Hetao"), new Term("南沙", "南沙", "Nansha"), new Term("光明", "光明", "Guangming"),
			new Term("松山", "松山", "Songshan"), new Term("濠江", "濠江", "Haojiang"), new Term("維港", "维港", "Victoria"),
			new Term("獅山", "狮山", "Shishan"), new Term("嶺南", "岭南", "Lingnan"), new Term("粵海", "粤海", "Yuehai"),
			new Term("東方", "东方", "Dongfang"), new Term("恒達", "恒达", "Hengda"), new Term("寶安", "宝安", "Bao'an"),
			new Term("龍華", "龙华", "Longhua"), new Term("科聯", "科联", "Kelian"), new Term("智匯", "智汇", "Zhihui"),
			new Term("晶芯", "晶芯", "Jingxin"), new Term("海納", "海纳", "Haina"), new Term("信達", "信达", "Xinda"),
			new Term("啟明", "启明", "Qiming"), new Term("遠航", "远航", "Yuanhang"), new Term("騰雲", "腾云", "Tengyun"),
			new Term("銳思", "锐思", "Ruisi"), new Term("博文", "博文", "Bowen"), new Term("瑞豐", "瑞丰", "Ruifeng"),
			new Term("長風", "长风", "Changfeng"), new Term("金灣", "金湾", "Jinwan"), new Term("紫荊", "紫荆", "Bauhinia"),
			new Term("蓮花", "莲花", "Lotus"), new Term("星河", "星河", "Xinghe"));

	/**
	 * The second part of an organisation's name, by kind (as in
	 * {@code OrganizationKind}).
	 */
	static final List<List<Term>> ORGANIZATION_KINDS = List.of(
			List.of(new Term("大學", "大学", "University"), new Term("理工學院", "理工学院", "Polytechnic Institute")),
			List.of(new Term("科技有限公司", "科技有限公司", "Technology Co., Ltd."),
					new Term("微電子有限公司", "微电子有限公司", "Microelectronics Co., Ltd."),
					new Term("智能製造集團", "智能制造集团", "Intelligent Manufacturing Group"),
					new Term("生物科技有限公司", "生物科技有限公司", "Biotech Co., Ltd."),
					new Term("新能源有限公司", "新能源有限公司", "New Energy Co., Ltd.")),
			List.of(new Term("研究院", "研究院", "Research Institute"), new Term("創新中心", "创新中心", "Innovation Centre")),
			List.of(new Term("投資促進局", "投资促进局", "Investment Promotion Bureau"),
					new Term("科技創新局", "科技创新局", "Science and Technology Innovation Bureau")),
			List.of(new Term("產業協會", "产业协会", "Industry Association"), new Term("商會", "商会", "Chamber of Commerce")));

	/** {@code OrganizationKind} values, in the order of {@link #ORGANIZATION_KINDS}. */
	static final List<String> ORGANIZATION_KIND_CODES = List.of("UNIVERSITY", "ENTERPRISE", "RESEARCH_INSTITUTE",
			"GOVERNMENT_BODY", "INDUSTRY_ASSOCIATION");

	static final List<Term> SURNAMES = List.of(new Term("陳", "陈", "Chen", "Chan"), new Term("李", "李", "Li", "Lee"),
			new Term("黃", "黄", "Huang", "Wong"), new Term("張", "张", "Zhang", "Cheung"),
			new Term("梁", "梁", "Liang", "Leung"), new Term("劉", "刘", "Liu", "Lau"), new Term("林", "林", "Lin", "Lam"),
			new Term("吳", "吴", "Wu", "Ng"), new Term("何", "何", "He", "Ho"), new Term("郭", "郭", "Guo", "Kwok"),
			new Term("馬", "马", "Ma", "Ma"), new Term("羅", "罗", "Luo", "Lo"), new Term("鄭", "郑", "Zheng", "Cheng"),
			new Term("謝", "谢", "Xie", "Tse"), new Term("周", "周", "Zhou", "Chow"), new Term("葉", "叶", "Ye", "Yip"),
			new Term("蔡", "蔡", "Cai", "Choi"), new Term("許", "许", "Xu", "Hui"), new Term("鄧", "邓", "Deng", "Tang"),
			new Term("馮", "冯", "Feng", "Fung"));

	static final List<Term> GIVEN_NAMES = List.of(new Term("偉明", "伟明", "Weiming", "Wai Ming"),
			new Term("嘉欣", "嘉欣", "Jiaxin", "Ka Yan"), new Term("志強", "志强", "Zhiqiang", "Chi Keung"),
			new Term("詠詩", "咏诗", "Yongshi", "Wing Sze"), new Term("家豪", "家豪", "Jiahao", "Ka Ho"),
			new Term("美玲", "美玲", "Meiling", "Mei Ling"), new Term("俊傑", "俊杰", "Junjie", "Chun Kit"),
			new Term("曉彤", "晓彤", "Xiaotong", "Hiu Tung"), new Term("建華", "建华", "Jianhua", "Kin Wah"),
			new Term("思穎", "思颖", "Siying", "Sze Wing"), new Term("國輝", "国辉", "Guohui", "Kwok Fai"),
			new Term("慧敏", "慧敏", "Huimin", "Wai Man"), new Term("子軒", "子轩", "Zixuan", "Tsz Hin"),
			new Term("雅婷", "雅婷", "Yating", "Nga Ting"), new Term("振宇", "振宇", "Zhenyu", "Chun Yu"),
			new Term("麗華", "丽华", "Lihua", "Lai Wah"), new Term("文博", "文博", "Wenbo", "Man Pok"),
			new Term("靜怡", "静怡", "Jingyi", "Ching Yi"), new Term("浩然", "浩然", "Haoran", "Ho Yin"),
			new Term("欣怡", "欣怡", "Xinyi", "Yan Yi"));

	static final List<String> TITLES = List.of("Professor", "Associate Professor", "Research Fellow", "Chief Engineer",
			"Senior Engineer", "Director", "Principal Investigator", "Technician");

	/** Kinds of cross-border projects. */
	static final List<Term> PROJECT_KINDS = List.of(new Term("產業化項目", "产业化项目", "Industrialisation Project"),
			new Term("聯合研發項目", "联合研发项目", "Joint R&D Project"), new Term("示範工程", "示范工程", "Demonstration Project"),
			new Term("產業園", "产业园", "Industrial Park"), new Term("生產線", "生产线", "Production Line"),
			new Term("公共服務平台", "公共服务平台", "Public Service Platform"));

	/** Event kinds ({@code InvestmentEventKind}) and their names. */
	static final List<String> EVENT_KIND_CODES = List.of("CONFERENCE", "EXPO", "TRADE_FAIR", "ROADSHOW", "FORUM");

	static final List<Term> EVENT_KINDS = List.of(new Term("招商大會", "招商大会", "Investment Conference"),
			new Term("博覽會", "博览会", "Expo"), new Term("交易會", "交易会", "Trade Fair"),
			new Term("招商推介會", "招商推介会", "Investment Roadshow"), new Term("合作論壇", "合作论坛", "Cooperation Forum"));

	static final List<Term> VENUES = List.of(
			new Term("國際會展中心", "国际会展中心", "International Convention and Exhibition Centre"),
			new Term("會議中心", "会议中心", "Conference Centre"), new Term("科學館", "科学馆", "Science Hall"),
			new Term("創新大廈", "创新大厦", "Innovation Tower"));

	static final List<Term> MILESTONES = List.of(new Term("完成可行性研究", "完成可行性研究", "Feasibility study completed"),
			new Term("簽署合作協議", "签署合作协议", "Cooperation agreement signed"),
			new Term("完成首期投資", "完成首期投资", "First-phase investment completed"),
			new Term("樣機試製完成", "样机试制完成", "Prototype completed"), new Term("中試線投產", "中试线投产", "Pilot line in production"),
			new Term("通過驗收", "通过验收", "Acceptance passed"), new Term("實現量產", "实现量产", "Mass production started"),
			new Term("取得核心專利", "取得核心专利", "Core patents granted"));

	static final List<String> TALENT_MODES = List.of("SHORT_TERM_COOPERATION", "PROJECT_EQUITY", "VISITING",
			"PART_TIME", "DUAL_APPOINTMENT", "REMOTE_CONSULTING");

	static final List<Term> TALENT_MODE_NAMES = List.of(new Term("短期合作", "短期合作", "Short-term cooperation"),
			new Term("項目入股", "项目入股", "Project equity"), new Term("訪問交流", "访问交流", "A visiting appointment"),
			new Term("兼職", "兼职", "A part-time appointment"), new Term("雙聘", "双聘", "A dual appointment"),
			new Term("遠程顧問", "远程顾问", "Remote consulting"));

	static final List<String> TALENT_CATEGORIES = List.of("STRATEGIC_SCIENTIST", "LEADING_TALENT",
			"INNOVATION_TEAM_MEMBER", "YOUNG_SCIENTIST", "OUTSTANDING_ENGINEER", "MASTER_CRAFTSMAN",
			"HIGHLY_SKILLED_WORKER");

	private Vocabulary() {
	}

}
