package org.onewindow.e2e;

import org.onewindow.testing.TestHub;

/** A hall whose matters sit in departments, with pinyin initials: the two-level kiosk. */
final class KioskHall {
    private KioskHall() {
    }

    static String yaml() {
        return """
                hall:
                  id: kiosk-hall
                  name: {zh: 示例区政务服务中心, en: Demo District Service Centre}
                  timezone: Asia/Shanghai
                  hours:
                    - {days: mon-fri, open: "08:30", close: "17:30"}
                services:
                  - {id: business, prefix: A, name: {zh: 企业开办, en: Business registration}, department: {zh: 市场监管, en: Market regulation}, pinyin: qykb, averageMinutes: 15,
                     materials: [{zh: 公司设立登记申请书, en: Company registration form}, {zh: 法定代表人身份证, en: Legal representative's ID card}]}
                  - {id: change, prefix: B, name: {zh: 企业变更登记, en: Business change}, department: {zh: 市场监管, en: Market regulation}, pinyin: qybgdj, averageMinutes: 9}
                  - {id: property, prefix: C, name: {zh: 不动产转移登记, en: Property transfer}, department: {zh: 不动产登记, en: Real estate}, pinyin: bdczydj, averageMinutes: 14}
                  - {id: records, prefix: D, name: {zh: 不动产登记信息查询, en: Property records}, department: {zh: 不动产登记, en: Real estate}, pinyin: bdcdjxxcx, averageMinutes: 4}
                  - {id: pension, prefix: E, name: {zh: 养老保险, en: Pension insurance}, department: {zh: 人社医保, en: Social security & medical}, pinyin: ylbx, averageMinutes: 8}
                  - {id: social-card, prefix: F, name: {zh: 社保卡办理, en: Social security card}, department: {zh: 人社医保, en: Social security & medical}, pinyin: sbkbl, averageMinutes: 6,
                     materials: [{zh: 本人身份证, en: Own ID card}, {zh: 近期一寸免冠照片, en: Recent passport-size photo}]}
                  - {id: medical, prefix: G, name: {zh: 医疗费用报销, en: Medical reimbursement}, department: {zh: 人社医保, en: Social security & medical}, pinyin: ylfybx, averageMinutes: 10}
                counters:
                  - {id: "1", name: {zh: 1号窗口, en: Window 1}, profile: [business, change]}
                  - {id: "2", name: {zh: 2号窗口, en: Window 2}, profile: [property, records]}
                  - {id: "3", name: {zh: 3号综合窗口, en: Window 3}, profile: ["*"]}
                limits: {ticketsPerAddressPerMinute: 1000}   # tests issue many tickets from 127.0.0.1
                staff:
                  - {id: s01, name: 张三, role: staff, password: "%1$s"}
                  - {id: m01, name: 王经理, role: manager, password: "%1$s"}
                devices:
                  kiosks:
                    - {id: k1, name: {zh: 大厅取号机, en: Hall kiosk}}
                """.formatted(TestHub.passwordHash());
    }
}
