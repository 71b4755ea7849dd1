/**
 * The header row of the files for Vietnamese Excel (thads-excel.csv and each
 * unit's so-lieu-excel.csv), written out in full rather than built by the
 * site's code: the Vietnamese name of each column of thads.csv, in its order
 * (the code name in the comment).
 */
export const EXPECTED_EXCEL_HEADERS = [
  'Kỳ báo cáo', // period
  'Năm thống kê', // statistical_year
  'Ngày đầu kỳ', // period_start
  'Ngày cuối kỳ', // period_end
  'Mã định danh đơn vị', // unit_id
  'Mã đơn vị', // unit_code
  'Tên đơn vị', // unit_name
  'Cấp đơn vị', // level
  'Ngày đơn vị bắt đầu hoạt động', // unit_valid_from
  'Ngày đơn vị thôi hoạt động', // unit_valid_to
  'Mã tỉnh', // province_code
  'Tên tỉnh', // province_name
  'Cơ sở số liệu', // basis
  'Các đơn vị cũ được cộng (mã định danh)', // summed_unit_ids
  'Việc năm trước chuyển sang (việc)', // cases_carried_over
  'Việc thụ lý mới (việc)', // cases_new
  'Việc ủy thác (việc)', // cases_entrusted
  'Việc có điều kiện thi hành (việc)', // cases_enforceable
  'Việc chưa có điều kiện thi hành (việc)', // cases_unenforceable
  'Việc thi hành xong (việc)', // cases_completed
  'Việc đình chỉ thi hành (việc)', // cases_terminated
  'Việc đang thi hành (việc)', // cases_in_progress
  'Việc hoãn thi hành (việc)', // cases_postponed
  'Việc tạm đình chỉ thi hành (việc)', // cases_suspended
  'Việc thi hành xong và đình chỉ (việc)', // cases_done
  'Việc chuyển kỳ sau (việc)', // cases_carried_next
  'Tỷ lệ thi hành xong về việc (%)', // cases_rate
  'Thay đổi tỷ lệ so với cùng kỳ năm trước về việc (điểm %)', // cases_rate_change_pp
  'Thay đổi số có điều kiện thi hành so với cùng kỳ năm trước về việc (%)', // cases_enforceable_change_pct
  'Thay đổi số thi hành xong và đình chỉ so với cùng kỳ năm trước về việc (%)', // cases_done_change_pct
  'Chỉ tiêu tỷ lệ thi hành xong về việc (%)', // cases_target
  'Nguồn chỉ tiêu về việc (own: riêng / national: toàn quốc)', // cases_target_source
  'Chênh lệch tỷ lệ với chỉ tiêu về việc (điểm %)', // cases_gap_pp
  'Thứ hạng theo tỷ lệ về việc', // cases_rank
  'Tiền năm trước chuyển sang (nghìn đồng)', // money_carried_over
  'Tiền thụ lý mới (nghìn đồng)', // money_new
  'Tiền ủy thác (nghìn đồng)', // money_entrusted
  'Tiền có điều kiện thi hành (nghìn đồng)', // money_enforceable
  'Tiền chưa có điều kiện thi hành (nghìn đồng)', // money_unenforceable
  'Tiền thi hành xong (nghìn đồng)', // money_completed
  'Tiền đình chỉ thi hành (nghìn đồng)', // money_terminated
  'Tiền đang thi hành (nghìn đồng)', // money_in_progress
  'Tiền hoãn thi hành (nghìn đồng)', // money_postponed
  'Tiền tạm đình chỉ thi hành (nghìn đồng)', // money_suspended
  'Tiền thi hành xong và đình chỉ (nghìn đồng)', // money_done
  'Tiền chuyển kỳ sau (nghìn đồng)', // money_carried_next
  'Tỷ lệ thi hành xong về tiền (%)', // money_rate
  'Thay đổi tỷ lệ so với cùng kỳ năm trước về tiền (điểm %)', // money_rate_change_pp
  'Thay đổi số có điều kiện thi hành so với cùng kỳ năm trước về tiền (%)', // money_enforceable_change_pct
  'Thay đổi số thi hành xong và đình chỉ so với cùng kỳ năm trước về tiền (%)', // money_done_change_pct
  'Chỉ tiêu tỷ lệ thi hành xong về tiền (%)', // money_target
  'Nguồn chỉ tiêu về tiền (own: riêng / national: toàn quốc)', // money_target_source
  'Chênh lệch tỷ lệ với chỉ tiêu về tiền (điểm %)', // money_gap_pp
  'Thứ hạng theo tỷ lệ về tiền', // money_rank
  'Số đơn vị được xếp hạng', // rank_of
  'Số tỉnh có số liệu', // provinces_reporting
  'Số tỉnh đang hoạt động', // provinces_in_force
  'Nguồn số liệu', // source
  'Ghi chú', // note
];
