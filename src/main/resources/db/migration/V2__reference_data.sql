-- Reference data: cities and sectors of the Guangdong-Hong Kong-Macao Greater Bay Area cooperation API.
-- Explicit ids: the demo data and tests refer to them.

INSERT INTO city (id, code, jurisdiction, region, name_zh_hant, name_zh_hans, name_en, name_pt, version, created_at, updated_at) VALUES
    (1, 'GUANGZHOU', 'GUANGDONG', 'PEARL_RIVER_DELTA', '廣州', '广州', 'Guangzhou', 'Cantão', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (2, 'SHENZHEN', 'GUANGDONG', 'PEARL_RIVER_DELTA', '深圳', '深圳', 'Shenzhen', 'Shenzhen', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (3, 'ZHUHAI', 'GUANGDONG', 'PEARL_RIVER_DELTA', '珠海', '珠海', 'Zhuhai', 'Zhuhai', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (4, 'FOSHAN', 'GUANGDONG', 'PEARL_RIVER_DELTA', '佛山', '佛山', 'Foshan', 'Foshan', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (5, 'DONGGUAN', 'GUANGDONG', 'PEARL_RIVER_DELTA', '東莞', '东莞', 'Dongguan', 'Dongguan', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (6, 'ZHONGSHAN', 'GUANGDONG', 'PEARL_RIVER_DELTA', '中山', '中山', 'Zhongshan', 'Zhongshan', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (7, 'JIANGMEN', 'GUANGDONG', 'PEARL_RIVER_DELTA', '江門', '江门', 'Jiangmen', 'Jiangmen', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (8, 'HUIZHOU', 'GUANGDONG', 'PEARL_RIVER_DELTA', '惠州', '惠州', 'Huizhou', 'Huizhou', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (9, 'ZHAOQING', 'GUANGDONG', 'PEARL_RIVER_DELTA', '肇慶', '肇庆', 'Zhaoqing', 'Zhaoqing', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (10, 'SHANTOU', 'GUANGDONG', 'EAST_GUANGDONG', '汕頭', '汕头', 'Shantou', 'Shantou', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (11, 'ZHANJIANG', 'GUANGDONG', 'WEST_GUANGDONG', '湛江', '湛江', 'Zhanjiang', 'Zhanjiang', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (12, 'SHAOGUAN', 'GUANGDONG', 'NORTH_GUANGDONG', '韶關', '韶关', 'Shaoguan', 'Shaoguan', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (13, 'HONG_KONG', 'HONG_KONG', 'HONG_KONG', '香港', '香港', 'Hong Kong', 'Hong Kong', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (14, 'MACAO', 'MACAO', 'MACAO', '澳門', '澳门', 'Macao', 'Macau', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00');


INSERT INTO sector (id, code, sector_group, name_zh_hant, name_zh_hans, name_en, name_pt, version, created_at, updated_at) VALUES
    (1, 'INTEGRATED_CIRCUITS', 'COOPERATION_SECTOR', '集成電路', '集成电路', 'Integrated Circuits', 'Circuitos Integrados', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (2, 'ARTIFICIAL_INTELLIGENCE', 'COOPERATION_SECTOR', '人工智能', '人工智能', 'Artificial Intelligence', 'Inteligência Artificial', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (3, 'HIGH_END_EQUIPMENT', 'COOPERATION_SECTOR', '高端裝備製造', '高端装备制造', 'High-end Equipment Manufacturing', 'Fabrico de Equipamento de Alta Gama', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (4, 'INDUSTRIAL_INTERNET', 'COOPERATION_SECTOR', '工業互聯網', '工业互联网', 'Industrial Internet', 'Internet Industrial', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (5, 'BIOMEDICINE', 'COOPERATION_SECTOR', '生物醫藥', '生物医药', 'Biomedicine', 'Biomedicina', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (6, 'SIX_G', 'FRONTIER_FIELD', '6G', '6G', '6G', '6G', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (7, 'NEW_GENERATION_AI', 'FRONTIER_FIELD', '新一代人工智能', '新一代人工智能', 'New-generation Artificial Intelligence', 'Inteligência Artificial de Nova Geração', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (8, 'QUANTUM_TECHNOLOGY', 'FRONTIER_FIELD', '量子科技', '量子科技', 'Quantum Technology', 'Tecnologia Quântica', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (9, 'GENE_TECHNOLOGY', 'FRONTIER_FIELD', '基因技術', '基因技术', 'Gene Technology', 'Tecnologia Genética', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (10, 'DEEP_SEA_AEROSPACE', 'FRONTIER_FIELD', '深海空天', '深海空天', 'Deep Sea and Aerospace', 'Mar Profundo e Aeroespaço', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (11, 'FUTURE_ELECTRONIC_INFORMATION', 'FUTURE_CLUSTER', '未來電子信息', '未来电子信息', 'Future Electronic Information', 'Informação Eletrónica do Futuro', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (12, 'FUTURE_INTELLIGENT_EQUIPMENT', 'FUTURE_CLUSTER', '未來智能裝備', '未来智能装备', 'Future Intelligent Equipment', 'Equipamento Inteligente do Futuro', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (13, 'FUTURE_LIFE_HEALTH', 'FUTURE_CLUSTER', '未來生命健康', '未来生命健康', 'Future Life and Health', 'Vida e Saúde do Futuro', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (14, 'FUTURE_MATERIALS', 'FUTURE_CLUSTER', '未來材料', '未来材料', 'Future Materials', 'Materiais do Futuro', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    (15, 'FUTURE_GREEN_LOW_CARBON', 'FUTURE_CLUSTER', '未來綠色低碳', '未来绿色低碳', 'Future Green and Low-carbon', 'Verde e Baixo Carbono do Futuro', 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00');
